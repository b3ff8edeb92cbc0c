import { expect, test } from './support/fixtures';
import { addAccount, expectBalance, fillTransfer, nav, openPurse, summary } from './support/purse';

test('a transfer to the same account is refused with a clear message and moves nothing', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '100.00' });
  await addAccount(page, { kind: 'Bank card', name: 'Salary card', balance: '5,000.00' });

  await fillTransfer(page, { from: 'Salary card', to: 'Salary card', amount: '50' });
  await page.getByRole('button', { name: 'Continue' }).click();
  // Said under the field, before any confirmation or PIN.
  await expect(
    page.getByText(
      'Choose two different accounts: money can’t be transferred to the account it comes from.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Confirm transfer' })).toHaveCount(0);

  await nav(page, 'Home').click();
  await expectBalance(page, 'Daily wallet', 'CN¥100.00');
  await expectBalance(page, 'Salary card', 'CN¥5,000.00');
  await expect(summary(page, 'Net worth')).toContainText('CN¥5,100.00');
});

test('a transfer larger than the balance is refused with the amounts', async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '100.00' });
  await addAccount(page, { kind: 'Bank card', name: 'Salary card', balance: '5,000.00' });

  await fillTransfer(page, { from: 'Daily wallet', to: 'Salary card', amount: '150' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(
    page.getByRole('alert').filter({
      hasText:
        'There isn’t enough money in this account: it holds CN¥100.00, and this needs CN¥150.00.',
    }),
  ).toBeVisible();
  // Nothing to confirm: the PIN is not even asked for.
  await expect(page.getByRole('button', { name: 'Send CN¥150.00' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await nav(page, 'Home').click();
  await expectBalance(page, 'Daily wallet', 'CN¥100.00');
});
