import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectLedgerSound } from './support/payments';
import { addAccount, choose, nav, openPurse, recordExpense } from './support/purse';

test.beforeEach(async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { name: 'Wallet', balance: '1,000' });
  for (const entry of [
    { category: 'Food & dining', amount: '45.00', memo: 'Supermarket' },
    { category: 'Food & dining', amount: '20', memo: 'late taxi' },
    { category: 'Shopping', amount: '88', memo: 'Taxi to the airport' },
  ]) {
    await nav(page, 'Home').click();
    await recordExpense(page, { account: 'Wallet', ...entry });
  }
});

/** Writes "Memo contains <text> → Category <category>" in the open rule dialog. */
async function writeTaxiRule(page: Page, name: string, text: string) {
  const dialog = page.getByRole('dialog', { name: 'New rule' });
  await dialog.getByLabel('Name').fill(name);
  await choose(dialog, page, 'What to look at', 'Memo');
  await dialog.getByLabel('Text', { exact: true }).fill(text);
  await choose(dialog, page, 'Category', 'Transport');
  return dialog;
}

test('a rule is written with a preview, applied to the last 12 months as one change, and undone', async ({
  page,
}) => {
  await nav(page, 'Rules').click();
  await expect(page.getByRole('heading', { name: 'Rules', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New rule' }).first().click();
  const dialog = await writeTaxiRule(page, 'Taxis', 'taxi');
  await dialog.getByRole('button', { name: 'Preview on the last 12 months' }).click();
  const preview = dialog.getByTestId('rule-preview');
  await expect(preview).toContainText('Matches 2 of 3 transactions; would change 2.');
  await expect(preview).toContainText('Taxi to the airport');
  await expect(preview).not.toContainText('Supermarket');
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(dialog).toBeHidden();

  const table = page.getByTestId('rules-table');
  await expect(table).toContainText('Memo contains “taxi”');
  await expect(table).toContainText('Category: Transport');
  await table.getByRole('button', { name: 'Apply…' }).click();
  const apply = page.getByRole('dialog', { name: 'Apply “Taxis” to existing transactions' });
  await expect(apply.getByTestId('rule-preview')).toContainText('would change 2');
  await apply.getByRole('button', { name: 'Change 2 transactions' }).click();
  await expect(page.getByText('The rule changed 2 transactions.')).toBeVisible();

  await nav(page, 'History').click();
  const list = page.getByRole('region', { name: 'Transactions' });
  await expect(list.getByRole('button', { name: 'Open Transport' })).toHaveCount(2);
  await expect(list.getByRole('button', { name: 'Open Food & dining' })).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(list.getByRole('button', { name: 'Open Transport' })).toHaveCount(0);
  await expect(list.getByRole('button', { name: 'Open Shopping' })).toHaveCount(1);
  await expectLedgerSound(page);
});

test('a rule that would loop, or with a broken pattern, is refused with a reason and not kept', async ({
  page,
}) => {
  await nav(page, 'Rules').click();
  await page.getByRole('button', { name: 'New rule' }).first().click();
  let dialog = await writeTaxiRule(page, 'Taxis', 'taxi');
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(dialog).toBeHidden();

  // A later rule setting a memo with "taxi" in it would make "Taxis" match after it ran.
  await page.getByRole('button', { name: 'New rule' }).first().click();
  dialog = page.getByRole('dialog', { name: 'New rule' });
  await dialog.getByLabel('Name').fill('Rides');
  await dialog.getByLabel('Text', { exact: true }).fill('didi');
  await choose(dialog, page, 'What to set', 'Set the memo');
  await dialog.getByLabel('Memo', { exact: true }).fill('taxi ride');
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    '“Rides” sets what “Taxis” looks for, and “Taxis” runs first',
  );

  await choose(dialog, page, 'How to compare', 'matches the pattern');
  await dialog.getByLabel('Text', { exact: true }).fill('(didi');
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Condition 1: that is not a valid pattern.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('rules-table').getByRole('row')).toHaveCount(2);
});
