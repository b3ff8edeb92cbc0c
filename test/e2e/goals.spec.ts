import { expect, test } from './support/fixtures';
import { addAccount, choose, nav, openPurse } from './support/purse';

test('a savings goal on an account shows what is saved, what to put aside a month, and can be changed or deleted', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { name: 'Wallet', balance: '1,000' });
  await addAccount(page, { kind: 'Savings', name: 'Rainy day', balance: '600' });
  await nav(page, 'Goals').click();
  await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New goal' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New savings goal' });
  await dialog.getByLabel('What for').fill('Bike');
  await choose(dialog, page, 'On the account', 'Rainy day');
  await dialog.getByLabel('Target').fill('1,800');
  await dialog.getByRole('button', { name: 'Save goal' }).click();
  await expect(dialog).toBeHidden();

  const card = page.getByRole('region', { name: 'Bike' });
  await expect(card).toContainText('The whole of Rainy day');
  await expect(card).toContainText('CN¥600.00 of CN¥1,800.00');
  await expect(card).toContainText('On track');
  // A year away by default: CN¥1,200 left over twelve months.
  await expect(card).toContainText('Save CN¥100.00 a month until');

  await card.getByRole('button', { name: 'Change' }).click();
  const edit = page.getByRole('dialog', { name: 'Change the goal' });
  await edit.getByLabel('Target').fill('0');
  await edit.getByRole('button', { name: 'Save goal' }).click();
  await expect(edit).toBeVisible();
  await edit.getByLabel('Target').fill('500');
  await edit.getByRole('button', { name: 'Save goal' }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText('Reached');

  await card.getByRole('button', { name: 'Delete Bike' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('No savings goals yet')).toBeVisible();
});
