import { expect, test } from './support/fixtures';
import { nav } from './support/purse';
import {
  PIN_TIMEOUT,
  authenticatorCode,
  lockHeading,
  lockWithShortcut,
  setUpPin,
  unlock,
  confirmChange,
} from './support/security';

test('two-factor codes set up from the screen, then a forgotten PIN reset with a recovery code and a code', async ({
  page,
}) => {
  // Many scrypt checks in the page (PIN, ten recovery codes, twice): give it room.
  test.slow();
  await page.goto('/');
  const codes = await setUpPin(page);

  // Two-factor codes: the QR code, the key to type by hand, one code to confirm.
  await nav(page, 'Security').click();
  await page.getByRole('tab', { name: 'Two-factor and recovery' }).click();
  await page.getByRole('button', { name: 'Set up two-factor codes' }).click();
  await confirmChange(page, 'Confirm it’s you', 'Continue');
  const dialog = page.getByRole('dialog', { name: 'Set up two-factor codes' });
  await expect(
    dialog.getByRole('img', { name: 'QR code that adds Purse to an authenticator app' }),
  ).toBeVisible();
  const shown = await dialog.getByLabel('Setup key').innerText();
  expect(shown).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  const key = shown.replace(/\s/g, '');

  await dialog.getByLabel('Then enter the 6-digit code the app shows for Purse.').fill('000000');
  await expect(dialog.getByRole('alert')).toContainText('That authenticator code is not right.');
  await dialog
    .getByLabel('Then enter the 6-digit code the app shows for Purse.')
    .fill(authenticatorCode(key));
  await expect(page.getByText('Two-factor codes are on.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Turn off' })).toBeVisible();

  // Forgot the PIN: the recovery code and the authenticator's code set a new one.
  await lockWithShortcut(page);
  await page.getByRole('button', { name: 'Forgot PIN?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset your PIN', level: 1 })).toBeVisible();
  await page.getByLabel('Recovery code').fill(codes[0]!.toLowerCase());
  // A code is accepted once: the next step's code (within the allowed clock skew).
  await page.getByLabel('Code from your authenticator app').fill(authenticatorCode(key, 30_000));
  await page.getByLabel('New PIN', { exact: true }).fill('314159');
  await page.getByLabel('Enter the new PIN again').fill('314159');
  await page.getByRole('button', { name: 'Set new PIN and unlock' }).click();
  await expect(page.getByText('Your PIN was changed. 9 recovery codes are left.')).toBeVisible({
    timeout: PIN_TIMEOUT,
  });
  await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();

  // The same recovery code is refused the second time.
  await lockWithShortcut(page);
  await page.getByRole('button', { name: 'Forgot PIN?' }).click();
  await page.getByLabel('Recovery code').fill(codes[0]!);
  await page.getByLabel('Code from your authenticator app').fill(authenticatorCode(key, 30_000));
  await page.getByLabel('New PIN', { exact: true }).fill('271828');
  await page.getByLabel('Enter the new PIN again').fill('271828');
  await page.getByRole('button', { name: 'Set new PIN and unlock' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'That recovery code is not valid or was already used.' }),
  ).toBeVisible({ timeout: PIN_TIMEOUT });

  // The old PIN is gone; the new one opens Purse.
  await page.getByRole('button', { name: 'Back to PIN entry' }).click();
  await page.getByLabel('Payment PIN').fill('258036');
  await expect(page.getByRole('alert').filter({ hasText: 'That PIN isn’t right.' })).toBeVisible({
    timeout: PIN_TIMEOUT,
  });
  await unlock(page, '314159');

  // The log tells the story in words.
  await nav(page, 'Security').click();
  await page.getByRole('tab', { name: 'Security log' }).click();
  const log = page
    .locator('.ant-card')
    .filter({ has: page.getByRole('heading', { name: 'Security log' }) });
  await expect(log).toContainText('Two-factor codes turned on');
  await expect(log).toContainText('Recovery code used · 9 codes left');
  await expect(log).toContainText('Payment PIN changed · with a recovery code');
  await expect(log).toContainText('Wrong recovery code entered');
  await expect(log).toContainText('Purse unlocked · with the PIN');
  await expect(lockHeading(page)).toHaveCount(0);
});

test('with a verified identity, a forgotten PIN is reset with a recovery code plus the legal name and document number', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  const codes = await setUpPin(page);
  await nav(page, 'Security').click();
  await page.getByRole('tab', { name: 'Identity and limits' }).click();
  const identity = page.locator('.ant-card').filter({
    has: page.getByRole('heading', { name: 'Real-name verification' }),
  });
  await identity.getByLabel('Legal name').fill('Wang Fang');
  await identity.getByLabel('Document number').fill('11010519491231002X');
  await identity.getByRole('button', { name: 'Verify' }).click();
  await confirmChange(page, 'Confirm it’s you', 'Verify');
  // The PIN confirming it runs scrypt (deliberately slow) in the page: a busy machine needs longer.
  await expect(identity).toContainText('1****************X', { timeout: 15_000 });

  await lockWithShortcut(page);
  await page.getByRole('button', { name: 'Forgot PIN?' }).click();
  await expect(
    page.getByText('You verified your identity in Purse, so a reset also needs'),
  ).toBeVisible();
  await page.getByLabel('Recovery code').fill(codes[1]!);
  await page.getByLabel('Legal name').fill('Wang Fang');
  // One character off: refused without saying which field, and nothing is spent.
  await page.getByLabel('Document number').fill('110105194912310021');
  await page.getByLabel('New PIN', { exact: true }).fill('314159');
  await page.getByLabel('Enter the new PIN again').fill('314159');
  await page.getByRole('button', { name: 'Set new PIN and unlock' }).click();
  await expect(
    page.getByRole('alert').filter({
      hasText: 'The name and document number don’t match the identity you verified in Purse.',
    }),
  ).toBeVisible({ timeout: PIN_TIMEOUT });
  await expect(page.getByRole('heading', { name: 'Reset your PIN', level: 1 })).toBeVisible();

  // As people type it: lower-case x, extra spaces.
  await page.getByLabel('Legal name').fill(' wang  fang ');
  await page.getByLabel('Document number').fill('11010519491231002x');
  await page.getByRole('button', { name: 'Set new PIN and unlock' }).click();
  await expect(page.getByText('Your PIN was changed. 9 recovery codes are left.')).toBeVisible({
    timeout: PIN_TIMEOUT,
  });

  await page.getByRole('tab', { name: 'Security log' }).click();
  await expect(page.locator('.ant-card').filter({ hasText: 'Security log' })).toContainText(
    'Wrong name or ID number entered for a PIN reset',
  );
});

test.describe('in Chinese, with neither two-factor codes nor a verified identity', () => {
  test.use({ locale: 'zh-CN' });

  test('a recovery code starts a three-day wait, and unlocking with the PIN calls it off', async ({
    page,
  }) => {
    test.slow();
    await page.goto('/');
    const codes = await setUpPin(page);
    await lockWithShortcut(page);
    await page.getByRole('button', { name: '忘记密码？' }).click();
    await expect(page.getByText('仅凭恢复码重置密码需要等待三天')).toBeVisible();
    // No new PIN is asked for yet: it is chosen when the wait is over.
    await expect(page.getByLabel('新密码', { exact: true })).toHaveCount(0);
    await page.getByLabel('恢复码').fill(codes[0]!);
    await page.getByRole('button', { name: '开始三天等待期' }).click();
    // The screen now says when to come back, and asks for nothing more.
    await expect(page.getByText('有一个密码重置正在等待中')).toBeVisible({ timeout: PIN_TIMEOUT });
    await expect(page.getByLabel('恢复码')).toHaveCount(0);

    await page.getByRole('button', { name: '返回输入密码' }).click();
    await unlock(page);
    await nav(page, '安全').click();
    await page.getByRole('tab', { name: '安全日志' }).click();
    const log = page.locator('.ant-card').filter({ hasText: '安全日志' });
    await expect(log).toContainText('已开始重置支付密码：三天等待期满后才能完成');
    await expect(log).toContainText('已用支付密码解锁，等待中的密码重置已取消');
  });
});
