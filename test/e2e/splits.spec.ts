import type { Page } from '@playwright/test';
import { analyticsTotal, historyFigure } from './support/figures';
import { expect, test } from './support/fixtures';
import { expectLedgerSound } from './support/payments';
import { addAccount, choose, expectBalance, nav, openPay, openPurse } from './support/purse';

test.beforeEach(async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { name: 'Wallet', balance: '1,000' });
});

/** Opens the hand-recorded expense form with ¥100 from the wallet, split in two lines. */
async function startSplit(page: Page) {
  await openPay(page);
  await page.getByText('Record by hand', { exact: true }).click();
  await page.getByLabel('Amount', { exact: true }).fill('100');
  await choose(page, page, 'Paid from', 'Wallet');
  await page.getByRole('button', { name: 'Split across categories' }).click();
  const split = page.getByRole('group', { name: 'Split across categories' });
  await expect(split.getByRole('group', { name: /^Line / })).toHaveCount(2);
  return split;
}

const remainder = (page: Page) => page.getByRole('status').filter({ hasText: /split|lines|Over/ });

test('a supermarket receipt is split in three while what is left shows, and every screen counts each line', async ({
  page,
}) => {
  const split = await startSplit(page);
  await choose(split, page, 'Category of line 1', 'Groceries');
  await split.getByLabel('Amount of line 1').fill('60');
  await expect(remainder(page)).toHaveText('Left to split: CN¥40.00');
  await choose(split, page, 'Category of line 2', 'Utilities');
  await split.getByLabel('Amount of line 2').fill('25');
  await split.getByLabel('Memo of line 2').fill('Bin bags');
  await split.getByRole('button', { name: 'Add a line' }).click();
  await expect(split.getByLabel('Amount of line 3')).toHaveValue('15.00');
  await choose(split, page, 'Category of line 3', 'Food & dining');
  await expect(remainder(page)).toHaveText('The lines add up to the amount.');
  await page.getByLabel('Note').fill('Supermarket');
  await page.getByRole('button', { name: 'Record expense' }).click();
  await expect(page.getByText('Expense recorded')).toBeVisible();

  await nav(page, 'Home').click();
  await expectBalance(page, 'Wallet', 'CN¥900.00');
  await nav(page, 'History').click();
  const list = page.getByRole('region', { name: 'Transactions' });
  await expect(list).toContainText('Split · 3 categories');
  await expect(historyFigure(page, 'Spent (CNY)')).toHaveText('CN¥100.00');

  await nav(page, 'Analytics').click();
  await expect(analyticsTotal(page, 'Spending')).toContainText('CN¥100.00');
  const card = page.getByTestId('chart-spending');
  await card.getByRole('button', { name: 'Show as table' }).click();
  const rows = card.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'Groceries' })).toContainText('CN¥60.00');
  await expect(rows.filter({ hasText: 'Utilities' })).toContainText('CN¥25.00');
  await expect(rows.filter({ hasText: 'Food & dining' })).toContainText('CN¥15.00');
  // A line opens History on its category, which counts that line only.
  await rows.filter({ hasText: 'Utilities' }).getByRole('link', { name: 'Utilities' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expect(historyFigure(page, 'Spent (CNY)')).toHaveText('CN¥25.00');
  await expect(list).toContainText('Split · 3 categories');
  await expectLedgerSound(page);
});

test('lines that do not add up keep the expense from being recorded, and say by how much', async ({
  page,
}) => {
  const split = await startSplit(page);
  await choose(split, page, 'Category of line 1', 'Groceries');
  await split.getByLabel('Amount of line 1').fill('60');
  await choose(split, page, 'Category of line 2', 'Utilities');
  await split.getByLabel('Amount of line 2').fill('50');
  await expect(remainder(page)).toHaveText('Over the amount by CN¥10.00');
  await page.getByRole('button', { name: 'Record expense' }).click();
  await expect(page.getByText('The lines must add up to the amount.')).toBeVisible();
  await expect(page.getByText('Expense recorded')).toHaveCount(0);
  await nav(page, 'Home').click();
  await expectBalance(page, 'Wallet', 'CN¥1,000.00');
});

test('an expense is split in the drawer, the toast’s Undo puts it back on one category', async ({
  page,
}) => {
  await openPay(page);
  await page.getByText('Record by hand', { exact: true }).click();
  await page.getByLabel('Amount', { exact: true }).fill('80');
  await choose(page, page, 'Paid from', 'Wallet');
  await choose(page, page, 'Category', 'Groceries');
  await page.getByRole('button', { name: 'Record expense' }).click();
  await expect(page.getByText('Expense recorded')).toBeVisible();

  await nav(page, 'History').click();
  const list = page.getByRole('region', { name: 'Transactions' });
  await list.getByRole('button', { name: 'Open Groceries' }).click();
  const drawer = page.getByRole('dialog', { name: 'Transaction' });
  await drawer.getByRole('button', { name: 'Split across categories' }).click();
  const split = drawer.getByRole('group', { name: 'Split across categories' });
  await split.getByLabel('Amount of line 1').fill('50');
  await choose(split, page, 'Category of line 2', 'Shopping');
  await split.getByLabel('Amount of line 2').fill('30');
  await drawer.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved. The change is in the log.')).toBeVisible();
  await expect(drawer.getByRole('region', { name: 'Changes' })).toContainText('Split before');
  await page.keyboard.press('Escape');
  await expect(list).toContainText('Split · 2 categories');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('button', { name: 'Open Groceries' })).toBeVisible();
  await expect(list).not.toContainText('Split · 2 categories');
  await expectLedgerSound(page);
});
