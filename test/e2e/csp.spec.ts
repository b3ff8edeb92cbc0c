import { expect, test } from './support/fixtures';
import { openPurse } from './support/purse';

test('the page runs under the strict CSP: antd styles apply, inline script does not run', async ({
  page,
  consoleProblems,
}) => {
  await openPurse(page);
  // antd's CSS-in-JS styles were allowed in ('unsafe-inline' styles only).
  const button = page
    .locator('.purse-page-header')
    .getByRole('button', { name: 'Pay', exact: true });
  await expect(button).toHaveCSS('background-color', 'rgb(22, 104, 220)');

  const outcome = await page.evaluate(() => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(event.violatedDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    return new Promise<{ inlineRan: boolean; violations: string[] }>((resolve) =>
      setTimeout(() => {
        resolve({
          inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
          violations,
        });
      }, 100),
    );
  });
  expect(outcome.inlineRan).toBe(false);
  expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem']));
  // Those refusals are the point of this test, not a problem with the page.
  consoleProblems.splice(0);
});
