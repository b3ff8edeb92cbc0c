import { expect, test } from './support/fixtures';
import {
  PURSE_WALLET,
  accountRow,
  addAccount,
  choose,
  expectBalance,
  openPurse,
  summary,
  clickWhenSettled,
} from './support/purse';
import { purseIn } from './support/purse-calls';

test('the new-account form explains what is wrong before anything is saved', async ({ page }) => {
  await openPurse(page);
  await page.getByRole('button', { name: 'Add account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });

  await dialog.getByLabel('Balance today').fill('12.345');
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog.getByText('Give the account a name.')).toBeVisible();
  await expect(dialog.getByText('CNY amounts have at most 2 decimal places.')).toBeVisible();

  await dialog.getByLabel('Balance today').fill('-5');
  await expect(dialog.getByText('Enter an amount without a minus sign.')).toBeVisible();
  await dialog.getByLabel('Balance today').fill('abc');
  await expect(dialog.getByText('Enter a number, such as 25.50.')).toBeVisible();

  // A yen account takes whole amounts only, and the check follows the currency.
  await choose(dialog, page, 'Currency', 'JPY');
  await dialog.getByLabel('Balance today').fill('1,000.5');
  await expect(dialog.getByText('JPY amounts are whole numbers.')).toBeVisible();

  // Esc closes the dialog without saving anything.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Nothing was added: the wallet first run made is still the only account.
  expect(await purseIn(page).accounts.list({ includeArchived: true })).toEqual([
    expect.objectContaining({ name: PURSE_WALLET }),
  ]);
});

test('an account can be renamed, archived and brought back, with its balance kept', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '100.00' });
  await addAccount(page, { kind: 'Cash', name: 'Pocket money', balance: '20' });

  // Each edit starts from the values of the account being edited.
  const edit = page.getByRole('dialog', { name: 'Edit account' });
  await accountRow(page, 'Daily wallet').getByRole('button', { name: 'Edit' }).click();
  await expect(edit.getByLabel('Name')).toHaveValue('Daily wallet');
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  await accountRow(page, 'Pocket money').getByRole('button', { name: 'Edit' }).click();
  await expect(edit.getByLabel('Name')).toHaveValue('Pocket money');
  await edit.getByLabel('Name').fill('Coins jar');
  await edit.getByLabel('Name').press('Enter');
  await expect(edit).toBeHidden();
  await expectBalance(page, 'Coins jar', 'CN¥20.00');

  await accountRow(page, 'Coins jar').getByRole('button', { name: 'Archive' }).click();
  const confirm = page.getByRole('dialog', { name: 'Archive “Coins jar”?' });
  await expect(confirm).toContainText('Its history and balance stay');
  await confirm.getByRole('button', { name: 'Archive' }).click();
  await expect(accountRow(page, 'Coins jar')).toHaveCount(0);
  // Archived money still belongs to the person: net worth keeps it.
  await expect(summary(page, 'Net worth')).toContainText('CN¥120.00');

  // With the Purse wallet, put away when the test added its own wallet.
  await page.getByText('Show 2 archived accounts').click();
  await expect(accountRow(page, 'Coins jar')).toContainText('Archived');
  await accountRow(page, 'Coins jar').getByRole('button', { name: 'Unarchive' }).click();
  await clickWhenSettled(page.getByRole('dialog', { name: 'Unarchive “Coins jar”?' }), 'Unarchive');
  await expect(accountRow(page, 'Coins jar')).not.toContainText('Archived');
  await expectBalance(page, 'Coins jar', 'CN¥20.00');
});
