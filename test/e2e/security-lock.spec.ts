import { expect, test } from './support/fixtures';
import { addAccount, accountRow, openPurse } from './support/purse';
import { PIN_TIMEOUT, lockHeading, lockWithShortcut, unlock } from './support/security';

test('Ctrl+L locks Purse at once, the lock screen shows nothing of the ledger, the PIN unlocks', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Savings', name: 'Secret savings', balance: '8,888.00' });

  await lockWithShortcut(page);
  // Only the lock screen: no navigation, no account, no balance, not even the toast.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Secret savings');
  await expect(page.locator('body')).not.toContainText('8,888');
  await expect(page.getByLabel('Payment PIN')).toBeFocused();
  await expect(page.getByText('Tip: press Ctrl+L to lock Purse at any time.')).toBeVisible();

  await unlock(page);
  await expect(accountRow(page, 'Secret savings')).toBeVisible();

  // The Lock button in the navigation does the same.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Secret savings');
});

test('a wrong PIN says how many tries are left, and the fifth pauses PIN entry for 30 minutes', async ({
  page,
}) => {
  test.slow(); // six PIN checks, each a deliberately slow scrypt in the page
  await openPurse(page);
  await lockWithShortcut(page);
  const pin = page.getByLabel('Payment PIN');

  for (const left of [4, 3, 2, 1]) {
    await pin.fill('000001');
    const attempts = left === 1 ? '1 attempt left' : `${left} attempts left`;
    await expect(
      page.getByRole('alert').filter({ hasText: `That PIN isn’t right. ${attempts}` }),
    ).toBeVisible({ timeout: PIN_TIMEOUT });
    // The boxes empty again for the next try.
    await expect(pin).toHaveValue('');
  }
  await pin.fill('000001');
  const paused = page.getByRole('alert').filter({
    hasText: 'Too many wrong PINs. PIN entry is paused for 30 minutes.',
  });
  await expect(paused).toBeVisible({ timeout: PIN_TIMEOUT });
  await expect(paused).toContainText(/You can try again in (30:00|29:[0-5]\d)\./);
  await expect(pin).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeDisabled();

  // A restart doesn't lift it: the pause is kept with the PIN.
  await page.reload();
  await expect(lockHeading(page)).toBeVisible({ timeout: PIN_TIMEOUT });
  await expect(
    page.getByRole('alert').filter({ hasText: 'PIN entry is paused for 30 minutes' }),
  ).toBeVisible();
  await expect(page.getByLabel('Payment PIN')).toBeDisabled();
  // The way out is still there.
  await expect(page.getByRole('button', { name: 'Forgot PIN?' })).toBeEnabled();
});
