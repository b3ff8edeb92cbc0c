import type { Page } from '@playwright/test';
import { analyticsTotal, historyFigure } from './support/figures';
import { expect, test } from './support/fixtures';
import { confirmWithPin, expectDone, expectLedgerSound, pay, sheet } from './support/payments';
import { addAccount, choose, nav, openPurse, summary } from './support/purse';
import { builtinCategories, createAccounts, purseIn, TIME_ZONE } from './support/purse-calls';
import { unlock } from './support/security';

async function sendToNewContact(page: Page, name: string, amount: string): Promise<void> {
  await nav(page, 'Transfer').click();
  await expect(page.getByRole('heading', { name: 'Transfer', level: 1 })).toBeVisible();
  const contact = page.getByRole('combobox', { name: 'Contact', exact: true });
  await contact.fill(name);
  await contact.press('Escape');
  await page.getByLabel('Amount').fill(amount);
  await page.getByRole('button', { name: 'Continue' }).click();
  await confirmWithPin(sheet(page, 'Confirm transfer'), page, `Send CN¥${amount}`);
  await expectDone(page, 'Transfer sent');
}

test('a payment, a transfer to a friend and a refund show the same month spending on Home, History and Analytics', async ({
  page,
}) => {
  // Three confirmations with the PIN (scrypt in the page) and four screens.
  test.setTimeout(150_000);
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '2,000.00' });

  await pay(page, { merchant: 'Hot Pot House', amount: '63.50' });
  await page.getByRole('link', { name: 'View receipt' }).click();
  await page.getByRole('button', { name: 'Refund' }).click();
  const refund = sheet(page, 'Refund this payment');
  await refund.getByLabel('Amount to refund').fill('10');
  await refund.getByRole('button', { name: 'Continue' }).click();
  await confirmWithPin(refund, page, 'Refund CN¥10.00');
  await expect(page.getByText('CN¥10.00 refunded.')).toBeVisible();
  await sendToNewContact(page, 'Li Lei', '50.00');
  await expectLedgerSound(page);

  // 63.50 paid, 10.00 of it back, 50.00 to a friend: 103.50 spent, and no income.
  const spent = 'CN¥103.50';
  await nav(page, 'Home').click();
  await expect(summary(page, /^Spending in /)).toContainText(spent);
  await expect(summary(page, /^Income in /)).toContainText('CN¥0.00');

  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expect(historyFigure(page, 'Spent (CNY)')).toHaveText(spent);
  await expect(historyFigure(page, 'Income (CNY)')).toHaveText('CN¥0.00');
  await expect(historyFigure(page, 'Of which to people (CNY)')).toHaveText('CN¥50.00');

  await nav(page, 'Analytics').click();
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
  await expect(analyticsTotal(page, 'Spending')).toContainText(spent);
  await expect(analyticsTotal(page, 'Income')).toContainText('CN¥0.00');
  // The friend is a line of the breakdown; it opens History on the transfers to people.
  const card = page.getByTestId('chart-spending');
  await card.getByRole('button', { name: 'Show as table' }).click();
  const people = card.getByRole('table').getByRole('row').filter({ hasText: 'To people' });
  await expect(people).toContainText('CN¥50.00');
  await people.getByRole('link', { name: 'To people' }).click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  expect(page.url()).toContain('kinds=p2p');
  await expect(historyFigure(page, 'Spent (CNY)')).toHaveText('CN¥50.00');
  await expect(page.getByRole('region', { name: 'Transactions' })).toContainText('Li Lei');
});

test('Analytics shows the currency that has the money, and its picker offers the others that have some', async ({
  page,
}) => {
  await openPurse(page);
  const purse = purseIn(page);
  const category = await builtinCategories(purse);
  const spend = (accountId: string, amount: number) =>
    purse.transactions.record({
      kind: 'expense',
      accountId,
      categoryId: category('groceries'),
      amount,
      occurredAt: Date.now() - 60_000,
      timeZone: TIME_ZONE,
    });
  const { london } = await createAccounts(purse, {
    london: { kind: 'bank_card', name: 'London card', currency: 'GBP', openingBalance: 100_000 },
  });
  await spend(london.id, 4_200);
  await page.reload();
  await unlock(page);

  // Only pounds moved, though yuan is the default currency: the figures are in pounds.
  await nav(page, 'Analytics').click();
  await expect(analyticsTotal(page, 'Spending')).toContainText('£42.00');
  await expect(page.getByRole('combobox', { name: 'Currency', exact: true })).toHaveCount(0);

  // Yuan spent too: the default currency comes first, and pounds are one pick away.
  const { wallet } = await createAccounts(purse, {
    wallet: { kind: 'wallet', name: 'Wallet', openingBalance: 100_000 },
  });
  await spend(wallet.id, 1_250);
  await page.reload();
  await unlock(page);
  await expect(analyticsTotal(page, 'Spending')).toContainText('CN¥12.50');
  await choose(page, page, 'Currency', 'GBP');
  await expect(analyticsTotal(page, 'Spending')).toContainText('£42.00');
});
