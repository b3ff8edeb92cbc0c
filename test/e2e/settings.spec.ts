import { expect, test } from './support/fixtures';
import { addAccount, choose, nav, openPurse, pick } from './support/purse';
import { unlock } from './support/security';

test('theme and default currency apply at once and are remembered', async ({ page }) => {
  await openPurse(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await nav(page, 'Settings').click();
  await pick(page, 'Theme', 'Dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await choose(page, page, 'Default currency', 'USD');

  await page.reload();
  await unlock(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await nav(page, 'Home').click();
  await addAccount(page, { name: 'Travel money', balance: '250' });
  await expect(page.getByRole('region', { name: 'Net worth' })).toContainText('$250.00');

  // The dialog opens empty again after an account was added.
  await page.getByRole('button', { name: 'Add account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await expect(dialog.getByLabel('Name')).toHaveValue('');
  await expect(dialog.getByLabel('Balance today')).toHaveValue('');
});

test('a default currency changed in Settings shows on Analytics at once, without a reload', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { name: 'Travel money', balance: '250' });
  await nav(page, 'Analytics').click();
  await expect(page.getByRole('main')).toContainText('CN¥0.00');

  await nav(page, 'Settings').click();
  await choose(page, page, 'Default currency', 'USD');
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await nav(page, 'Analytics').click();
  await expect(page.getByRole('main')).toContainText('$0.00');
  await expect(page.getByRole('main')).not.toContainText('CN¥');
});

test.describe('on a system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the theme follows the system until Light is chosen', async ({ page }) => {
    await openPurse(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await nav(page, 'Settings').click();
    await pick(page, 'Theme', 'Light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test('Check the ledger in Settings says everything adds up after money moved', async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '1,200.00' });
  await nav(page, 'Settings').click();
  const card = page.locator('.ant-card').filter({
    has: page.getByRole('heading', { name: 'Check the ledger' }),
  });
  await card.getByRole('button', { name: 'Check now' }).click();
  await expect(card.getByRole('status')).toContainText(
    // The test's wallet and the Purse wallet first run made (put away, at zero).
    /Everything adds up: \d+ transactions? in 2 accounts checked\./,
  );
});
