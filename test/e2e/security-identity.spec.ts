import { expect, test } from './support/fixtures';
import { confirmChange } from './support/security';
import { nav, openPurse } from './support/purse';

test('real-name verification checks the number and raises the tier to Verified', async ({
  page,
}) => {
  await openPurse(page);
  await nav(page, 'Security').click();
  await page.getByRole('tab', { name: 'Identity and limits' }).click();

  const limits = page.locator('.ant-card').filter({
    has: page.getByRole('heading', { name: 'Payment limits' }),
  });
  await expect(limits).toContainText('Tier: Basic');
  await expect(limits.getByRole('row', { name: /Per payment/ })).toContainText('CN¥500.00');

  const identity = page.locator('.ant-card').filter({
    has: page.getByRole('heading', { name: 'Real-name verification' }),
  });
  await identity.getByLabel('Legal name').fill('Wang Fang');
  // One digit off: the check character no longer matches.
  await identity.getByLabel('Document number').fill('110105194912310021');
  await identity.getByRole('button', { name: 'Verify' }).click();
  await expect(
    identity.getByText(
      'The last character doesn’t match the others. Check each digit against the card.',
    ),
  ).toBeVisible();

  await identity.getByLabel('Document number').fill('11010519491231002x');
  await identity.getByRole('button', { name: 'Verify' }).click();
  await confirmChange(page, 'Confirm it’s you', 'Verify');
  await expect(
    page.getByText('Identity verified. Your payment limits are now at the Verified tier.'),
  ).toBeVisible();
  await expect(identity).toContainText('Verified');
  // The PIN confirming it runs scrypt (deliberately slow) in the page: a busy machine needs longer.
  await expect(identity).toContainText('1****************X', { timeout: 15_000 });
  await expect(identity).not.toContainText('11010519491231002X');
  await expect(limits).toContainText('Tier: Verified');
  await expect(limits.getByRole('row', { name: /Per payment/ })).toContainText('CN¥5,000.00');

  // Own, lower caps: set one, and an empty field lifts it again.
  await limits.getByLabel('Per day').fill('800');
  await limits.getByRole('button', { name: 'Save limits' }).click();
  await expect(page.getByText('Your limits were saved.')).toBeVisible();
  await expect(limits.getByRole('row', { name: /Per day/ })).toContainText('CN¥800.00');
  // Lifting it lets more be spent: the PIN first, and the log keeps it.
  await limits.getByLabel('Per day').fill('');
  await limits.getByRole('button', { name: 'Save limits' }).click();
  await confirmChange(page, 'Raise your limit?', 'Save limits');
  await expect(limits.getByRole('row', { name: /Per day/ })).toContainText('None');
  await page.getByRole('tab', { name: 'Security log' }).click();
  await expect(page.getByText('Own payment limit raised or lifted')).toBeVisible();
  await expect(page.getByText('Identity verified, limits raised')).toBeVisible();
});
