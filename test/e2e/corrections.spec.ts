import type { Page } from '@playwright/test';
import type { PurseApi } from '../../src/shared/purse-api';
import { expect, test } from './support/fixtures';
import { confirmWithPin, expectDone, expectLedgerSound, pay, sheet } from './support/payments';
import {
  addAccount,
  choose,
  clickWhenSettled,
  expectBalance,
  nav,
  openPurse,
  recordExpense,
} from './support/purse';
import { confirmChange } from './support/security';

test.beforeEach(async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { name: 'Wallet', balance: '1,000' });
  for (const entry of [
    { category: 'Food & dining', amount: '125.00', memo: 'Supermarket' },
    { category: 'Transport', amount: '20', memo: 'late taxi' },
  ]) {
    await nav(page, 'Home').click();
    await recordExpense(page, { account: 'Wallet', ...entry });
  }
});

/**
 * Clicks a pop-up confirmation's button, again if a busy machine's first click landed
 * while it was still growing, until the pop-up has gone.
 */
async function confirmPopover(page: Page, button: string) {
  const open = page
    .getByRole('tooltip')
    .filter({ visible: true })
    .filter({ has: page.getByRole('button', { name: button }) });
  await expect(open).toHaveCount(1);
  await expect(async () => {
    if (await open.count()) await open.getByRole('button', { name: button }).click();
    await expect(open).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

const list = (page: Page) => page.getByRole('region', { name: 'Transactions' });

async function openInHistory(page: Page, category: string) {
  await nav(page, 'History').click();
  await list(page)
    .getByRole('button', { name: `Open ${category}` })
    .click();
  return page.getByRole('dialog', { name: 'Transaction' });
}

async function walletBalance(page: Page, balance: string) {
  await nav(page, 'Home').click();
  await expectBalance(page, 'Wallet', balance);
}

test('a wrong amount is fixed in the drawer, marked edited with its old value, and balances follow', async ({
  page,
}) => {
  const drawer = await openInHistory(page, 'Food & dining');
  await drawer.getByLabel('Amount').fill('12.50');
  await drawer.getByLabel('Memo').fill('Supermarket, one bag');
  await drawer.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved. The change is in the log.')).toBeVisible();
  await expect(drawer).toContainText('-CN¥12.50');
  await expect(drawer.getByText('Edited', { exact: true }).first()).toBeVisible();
  const changes = drawer.getByRole('region', { name: 'Changes' });
  await expect(changes).toContainText('Amount before: CN¥125.00');
  await expect(changes).toContainText('Memo before: Supermarket');
  await page.keyboard.press('Escape');
  await expect(list(page)).toContainText('Supermarket, one bag');
  await walletBalance(page, 'CN¥967.50');
  await expectLedgerSound(page);
});

test('a deleted transaction comes back with the toast’s Undo, and Ctrl+Z and Shift+Ctrl+Z undo and redo', async ({
  page,
}) => {
  let drawer = await openInHistory(page, 'Transport');
  await drawer.getByRole('button', { name: 'Delete transaction' }).click();
  await confirmPopover(page, 'Delete transaction');
  await expect(drawer).toBeHidden();
  const toast = page.locator('.purse-undo-toast');
  await expect(toast).toContainText('Transaction deleted.');
  await expect(list(page).getByRole('button', { name: 'Open Transport' })).toHaveCount(0);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: the delete.')).toBeVisible();
  await expect(list(page).getByRole('button', { name: 'Open Transport' })).toHaveCount(1);

  drawer = await openInHistory(page, 'Transport');
  await drawer.getByRole('button', { name: 'Delete transaction' }).click();
  await confirmPopover(page, 'Delete transaction');
  await expect(drawer).toBeHidden();
  await expect(list(page).getByRole('button', { name: 'Open Transport' })).toHaveCount(0);
  await page.locator('#purse-main').focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(list(page).getByRole('button', { name: 'Open Transport' })).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(page.getByText('Redone: the delete.')).toBeVisible();
  await expect(list(page).getByRole('button', { name: 'Open Transport' })).toHaveCount(0);
  await walletBalance(page, 'CN¥875.00');
  await expectLedgerSound(page);
});

test('ten edits of one revision sent at once from the page: one lands, nine are refused as stale', async ({
  page,
}) => {
  const outcome = await page.evaluate(async () => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const page1 = await purse.history.page({});
    if (!page1.ok) throw new Error(page1.error.message);
    const target = page1.value.items.find((t) => t.memo === 'late taxi')!;
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        purse.transactions.update({ id: target.id, revision: 0, amount: 2_001 + i }),
      ),
    );
    const undos = await Promise.all(Array.from({ length: 3 }, () => purse.ledger.undo({})));
    return {
      landed: results.filter((r) => r.ok).length,
      stale: results.filter((r) => !r.ok && r.error.code === 'STALE_REVISION').length,
      undone: undos.filter((r) => r.ok).length,
      nothing: undos.filter((r) => !r.ok && r.error.code === 'NOTHING_TO_UNDO').length,
    };
  });
  expect(outcome).toEqual({ landed: 1, stale: 9, undone: 1, nothing: 2 });
  await walletBalance(page, 'CN¥855.00');
  await expectLedgerSound(page);
});

test('History ticks rows, sets their category in one go, and moves and deletes by keyboard', async ({
  page,
}) => {
  await nav(page, 'History').click();
  await list(page).getByRole('checkbox', { name: 'Tick Food & dining' }).check();
  await list(page).getByRole('checkbox', { name: 'Tick Transport' }).check();
  const bar = page.getByRole('toolbar', { name: 'Change the ticked transactions' });
  await expect(bar).toContainText('2 transactions ticked');
  await bar.getByRole('combobox', { name: 'Set category…' }).click();
  await page.getByRole('option', { name: /^Groceries/ }).click();
  await expect(page.locator('.purse-undo-toast')).toContainText('2 transactions changed.');
  await expect(list(page).getByRole('button', { name: 'Open Groceries' })).toHaveCount(2);
  await page.locator('.purse-undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(list(page).getByRole('button', { name: 'Open Groceries' })).toHaveCount(0);

  // The keyboard: into the list, down to the second row, Delete asks, and Enter confirms.
  const table = page.getByRole('region', { name: 'Transactions' });
  await table.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Delete');
  await clickWhenSettled(
    page.getByRole('dialog', { name: 'Delete this transaction?' }),
    'Delete transaction',
  );
  await expect(list(page).getByRole('button', { name: /^Open / })).toHaveCount(2);
  await table.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(bar).toContainText('2 transactions ticked');
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expectLedgerSound(page);
});

test('a trip is tagged in the drawer and in bulk, shows under Spending by tag, and opens in History', async ({
  page,
}) => {
  const drawer = await openInHistory(page, 'Transport');
  const tags = drawer.getByRole('combobox', { name: 'Tags' });
  await tags.click();
  await tags.pressSequentially('#Trip ');
  await drawer.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved. The change is in the log.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await list(page).getByRole('checkbox', { name: 'Tick Food & dining' }).check();
  const bar = page.getByRole('toolbar', { name: 'Change the ticked transactions' });
  const bulkTag = bar.getByRole('combobox', { name: 'Tag…' });
  await bulkTag.click();
  await page.getByRole('option', { name: '#trip' }).click();
  await bar.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.locator('.purse-undo-toast')).toContainText('1 transaction changed.');

  await nav(page, 'Analytics').click();
  const byTag = page.getByRole('table', { name: 'Spending by tag' });
  await expect(byTag.getByRole('row', { name: /#trip/ })).toContainText('CN¥145.00');
  await byTag.getByRole('link', { name: 'Open #trip in History' }).click();
  await expect(list(page).getByRole('button', { name: /^Open / })).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Transactions' })).toBeVisible();
  await expect(page.locator('.purse-history-totals')).toContainText('CN¥145.00');
  await expectLedgerSound(page);
});

test('a payment confirmed with the PIN keeps its amount in the drawer and is refunded from it', async ({
  page,
}) => {
  await pay(page, { merchant: 'Corner Shop', amount: '30', account: 'Wallet' });
  const drawer = await openInHistory(page, 'Corner Shop');
  await expect(drawer.getByLabel('Amount')).toHaveCount(0);
  await expect(drawer.getByRole('button', { name: 'Delete transaction' })).toHaveCount(0);
  await expect(drawer).toContainText('correct a payment with a refund');
  await drawer.getByRole('link', { name: 'Refund…' }).click();
  await expect(sheet(page, 'Refund this payment')).toBeVisible();
});

test('money sent to a contact is voided from the drawer with the PIN, and undoing or redoing the void asks for the PIN again', async ({
  page,
}) => {
  test.slow();
  await nav(page, 'Transfer').click();
  await expect(page.getByRole('heading', { name: 'Transfer', level: 1 })).toBeVisible();
  const contact = page.getByRole('combobox', { name: 'Contact', exact: true });
  await contact.fill('Lin Mei');
  await contact.press('Escape');
  await page.getByLabel('Amount').fill('50');
  await choose(page, page, 'From', 'Wallet');
  await page.getByRole('button', { name: 'Continue' }).click();
  await confirmWithPin(sheet(page, 'Confirm transfer'), page, 'Send CN¥50.00');
  await expectDone(page, 'Transfer sent');
  await walletBalance(page, 'CN¥805.00');

  const drawer = await openInHistory(page, 'Lin Mei');
  await expect(drawer.getByRole('button', { name: 'Delete transaction' })).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Void…' }).click();
  const confirm = await confirmChange(page, 'Void this transaction?', 'Void with PIN');
  await expect(confirm).toBeHidden();
  // The tag, and the void in the transaction's Changes.
  const voidedTag = drawer.locator('.purse-history-detail__voided');
  await expect(voidedTag).toHaveText('Voided');
  await expect(drawer.getByRole('region', { name: 'Changes' })).toContainText('Voided');
  await expect(drawer.getByRole('button', { name: 'Void…' })).toHaveCount(0);
  await expect(drawer.getByRole('button', { name: 'Open the reversal' })).toBeVisible();

  // The toast's Undo asks for the PIN: taking the reversal away moves money again.
  const toast = page.locator('.purse-undo-toast');
  await expect(toast).toContainText('Transaction voided.');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await confirmChange(page, 'Undoing this moves money: enter your PIN', 'Confirm');
  await expect(page.getByText('Undone: the void.')).toBeVisible();
  await expect(voidedTag).toHaveCount(0);
  await expect(drawer.getByRole('button', { name: 'Void…' })).toBeVisible();
  await drawer.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(drawer).toBeHidden();
  await walletBalance(page, 'CN¥805.00');

  // Redone with the keyboard, the PIN again: the money is back and the transfer says Voided.
  await page.locator('#purse-main').focus();
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await confirmChange(page, 'Redoing this moves money: enter your PIN', 'Confirm');
  await expect(page.getByText('Redone: the void.')).toBeVisible();
  await expectBalance(page, 'Wallet', 'CN¥855.00');
  await nav(page, 'History').click();
  await expect(list(page)).toContainText('Transfer to contact · Voided');
  await expect(list(page)).toContainText('Reversal');
  await expectLedgerSound(page);
});
