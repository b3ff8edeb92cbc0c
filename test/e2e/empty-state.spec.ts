import { expect, test } from './support/fixtures';
import { nav, openPurse } from './support/purse';

test('an empty profile says what to do first', async ({ page }) => {
  await openPurse(page);
  await expect(page.getByText('No accounts yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add your first account' })).toBeVisible();
  // No made-up numbers anywhere on an empty Home.
  await expect(page.getByRole('region', { name: 'Net worth' })).toHaveCount(0);

  await nav(page, 'Pay').click();
  await expect(page.getByText('Add an account first')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add account' })).toBeVisible();

  await nav(page, 'Transfer').click();
  await expect(page.getByText('Add an account first')).toBeVisible();
});

test('History on an empty profile says how to fill it', async ({ page }) => {
  await openPurse(page);
  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expect(page.getByText('No transactions yet')).toBeVisible();
  await page.getByRole('button', { name: 'Record a transaction' }).click();
  await expect(page.getByRole('heading', { name: 'Pay', level: 1 })).toBeVisible();
});
