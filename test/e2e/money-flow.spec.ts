import { expect, test } from './support/fixtures';
import {
  addAccount,
  choose,
  expectBalance,
  fillTransfer,
  nav,
  openPurse,
  recordExpense,
  summary,
} from './support/purse';
import { confirmWithPin, expectDone, fillPayment, sheet } from './support/payments';
import { unlock } from './support/security';

test('accounts, an expense and a transfer keep their balances across a reload', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '100.00' });
  await addAccount(page, { kind: 'Bank card', name: 'Salary card', balance: '5,000.00' });
  await expectBalance(page, 'Daily wallet', 'CN¥100.00');
  await expectBalance(page, 'Salary card', 'CN¥5,000.00');
  await expect(summary(page, 'Net worth')).toContainText('CN¥5,100.00');

  await recordExpense(page, {
    account: 'Daily wallet',
    category: 'Food & dining',
    amount: '25.50',
    memo: 'Noodles',
  });
  await expect(page.getByText('Daily wallet now holds CN¥74.50.')).toBeVisible();

  await fillTransfer(page, { from: 'Salary card', to: 'Daily wallet', amount: '200' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await confirmWithPin(sheet(page, 'Confirm transfer'), page, 'Send CN¥200.00');
  await expectDone(page, 'Money moved');
  await page.getByRole('button', { name: 'Done' }).click();

  const check = async () => {
    await expectBalance(page, 'Daily wallet', 'CN¥274.50');
    await expectBalance(page, 'Salary card', 'CN¥4,800.00');
    await expect(summary(page, 'Net worth')).toContainText('CN¥5,074.50');
    await expect(summary(page, /^Spending in/)).toContainText('CN¥25.50');
    const recent = page.getByRole('table').nth(1);
    await expect(recent.getByRole('row').filter({ hasText: 'Food & dining' })).toContainText(
      '-CN¥25.50',
    );
    await expect(
      recent.getByRole('row').filter({ hasText: 'Salary card → Daily wallet' }),
    ).toContainText('CN¥200.00');
  };
  await check();
  await page.reload();
  await unlock(page);
  await check();
  await expect(nav(page, 'Home')).toBeVisible();
});

test('income adds to the account and to this month’s income', async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Bank card', name: 'Salary card', balance: '5,000.00' });
  await page.getByRole('button', { name: 'Record' }).click();
  await page.getByRole('menuitem', { name: 'Record income' }).click();
  await expect(page.getByRole('heading', { name: 'Pay', level: 1 })).toBeVisible();
  await page.getByLabel('Amount').fill('12,000');
  await choose(page, page, 'Received into', 'Salary card');
  await choose(page, page, 'Category', 'Salary');
  await page.getByLabel('Amount').press('Enter');
  await expect(page.getByText('Income recorded')).toBeVisible();
  await expect(page.getByText('Salary card now holds CN¥17,000.00.')).toBeVisible();

  await nav(page, 'Home').click();
  await expectBalance(page, 'Salary card', 'CN¥17,000.00');
  await expect(summary(page, /^Income in/)).toContainText('CN¥12,000.00');
  await expect(summary(page, /^Spending in/)).toContainText('CN¥0.00');
});

test('a note longer than 200 characters is kept whole and refused with a message, not cut', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '100.00' });
  const long = '午餐 lunch with the team '.repeat(12).slice(0, 250);
  await fillPayment(page, { merchant: 'Hema', amount: '12', memo: long });
  const note = page.getByLabel(/^Note/);
  await expect(note).toHaveValue(long);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Use at most 200 characters.')).toBeVisible();
  await expect(sheet(page, 'Confirm payment')).toHaveCount(0);
});
