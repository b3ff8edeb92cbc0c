import { expect, test } from './support/fixtures';
import { accountRow, nav, openPurse } from './support/purse';

test('a new profile starts with the Purse wallet at zero and says what to do first', async ({
  page,
}) => {
  await openPurse(page);
  // First run made the wallet: no made-up numbers, only the zero it holds.
  await expect(accountRow(page, 'Purse wallet')).toContainText('CN¥0.00');
  await expect(page.getByRole('region', { name: 'Net worth' })).toContainText('CN¥0.00');
  await expect(page.getByText('No transactions yet')).toBeVisible();

  // Topping it up needs a bank card: Top up says so, and offers to add one.
  await nav(page, 'Top up & withdraw').click();
  await expect(page.getByText('Add a bank card', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add account' })).toBeVisible();

  // Moving money between your own accounts needs a second one.
  await nav(page, 'Transfer').click();
  await page.getByText('Between my accounts', { exact: true }).click();
  await expect(page.getByText('Add another account', { exact: true })).toBeVisible();
});

test('History on an empty profile says how to fill it', async ({ page }) => {
  await openPurse(page);
  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expect(page.getByText('No transactions yet')).toBeVisible();
  await page.getByRole('button', { name: 'Record a transaction' }).click();
  await expect(page.getByRole('heading', { name: 'Pay', level: 1 })).toBeVisible();
});
