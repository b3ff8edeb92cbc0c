import { expect, test } from './support/fixtures';
import { expectLedgerSound } from './support/payments';
import { addAccount, nav, openPurse, recordExpense } from './support/purse';

test.beforeEach(async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { name: 'Wallet', balance: '1,000' });
  for (const entry of [
    { category: 'Food & dining', amount: '45.00', memo: 'Supermarket' },
    { category: 'Transport', amount: '20', memo: 'late taxi' },
  ]) {
    await nav(page, 'Home').click();
    await recordExpense(page, { account: 'Wallet', ...entry });
  }
});

test('an account is reconciled against a statement, and a reconciled transaction asks before it changes', async ({
  page,
}) => {
  await nav(page, 'Home').click();
  await page.getByRole('button', { name: 'Reconcile Wallet' }).click();
  await expect(page.getByRole('heading', { name: 'Reconcile Wallet', level: 1 })).toBeVisible();
  await page.getByLabel('Statement closing balance').fill('955');
  const figures = page.getByRole('list', { name: 'Reconcile Wallet' });
  const tile = (label: string) => figures.getByRole('listitem').filter({ hasText: label });
  await expect(tile('Cleared balance')).toContainText('CN¥1,000.00');
  await expect(tile('Difference')).toContainText('-CN¥45.00');
  const finish = page.getByRole('button', { name: 'Finish reconciling' });
  await expect(finish).toBeDisabled();

  // A cleared row leaves the list at once: click, as check() would look for it afterwards.
  await page.getByRole('checkbox', { name: 'Cleared: Food & dining' }).click();
  await expect(tile('Cleared balance')).toContainText('CN¥955.00');
  await expect(tile('Difference')).toContainText('CN¥0.00');
  await expect(page.getByRole('checkbox', { name: 'Cleared: Food & dining' })).toHaveCount(0);
  await finish.click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Reconciled: 1 transaction is locked.' }).first(),
  ).toBeVisible();

  await nav(page, 'History').click();
  const list = page.getByRole('region', { name: 'Transactions' });
  await expect(list).toContainText('Supermarket · Reconciled');
  await list.getByRole('button', { name: 'Open Food & dining' }).click();
  const drawer = page.getByRole('dialog', { name: 'Transaction' });
  await expect(drawer.getByRole('checkbox', { name: 'Cleared on Wallet' })).toBeChecked();
  await drawer.getByLabel('Memo').fill('Supermarket, two bags');
  await drawer.getByRole('button', { name: 'Save changes' }).click();
  const ask = page.getByRole('dialog', { name: 'Change a reconciled transaction?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Change it' }).click();
  await expect(page.getByText('Saved. The change is in the log.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(list).toContainText('Supermarket, two bags');
  await expectLedgerSound(page);
});
