import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs in a fresh browser context (so a fresh IndexedDB and a fresh ledger),
 * and fails if the page logs an error or a React/antd warning: a polished UI is a quiet one.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (
          message.type() === 'error' ||
          (message.type() === 'warning' && /antd|React|Warning/.test(text))
        ) {
          problems.push(`${message.type()}: ${text}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems, 'the page logged errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
