import { expect, test } from './support/fixtures';
import { addAccount, nav, openPurse, recordExpense } from './support/purse';

test('Analytics forecasts a wallet spent down at its recent pace, and warns of the day it runs out', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { name: 'Wallet', balance: '1,000' });
  // ¥600 in the wallet's first days: averaged over at least thirty days, ¥20 a day.
  await nav(page, 'Home').click();
  await recordExpense(page, { account: 'Wallet', category: 'Groceries', amount: '600' });

  await nav(page, 'Analytics').click();
  const card = page.getByTestId('chart-forecast');
  await expect(card.getByRole('heading', { name: 'Forecast: the next 90 days' })).toBeVisible();
  // ¥400 left at ¥20 a day: below zero after twenty days, well inside the ninety.
  await expect(card.getByRole('alert')).toContainText('Wallet is expected to go below zero on');
  await card.getByRole('button', { name: 'Show as table' }).click();
  const row = card.getByRole('table').getByRole('row').filter({ hasText: 'Wallet' });
  await expect(row).toContainText('CN¥400.00');
  // Ninety days at ¥20 from ¥400: ¥1,400 below zero at the end.
  await expect(row).toContainText('-CN¥1,400.00');
});
