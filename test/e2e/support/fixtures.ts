import { test as base, expect } from '@playwright/test';
import { watchConsole } from './console-problems';

/**
 * Every e2e test runs in a fresh browser context (so a fresh IndexedDB and a fresh ledger),
 * and fails if the page logs an error or a React/antd warning: a polished UI is a quiet one.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems = watchConsole(page);
      await use(problems);
      expect(problems, 'the page logged errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
