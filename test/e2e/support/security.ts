import { expect, type Locator, type Page } from '@playwright/test';
import { base32Decode } from '../../../src/gateway/security/base32';
import { totpAt } from '../../../src/gateway/security/totp';

/** The PIN the e2e tests set up: six digits, not a run or a repeat. */
export const TEST_PIN = '258036';

/** PIN work runs scrypt in the page (dev:web); give it time on a slow machine. */
export const PIN_TIMEOUT = 30_000;

// The helpers work in both languages, so a test on a Chinese system can use them too.
const text = {
  createTitle: /^(Create your payment PIN|设置支付密码)$/,
  newPin: /^(New PIN|新密码)$/,
  pinAgain: /^(Enter the PIN again|再次输入密码)$/,
  create: /^(Create PIN|设置密码)$/,
  codesTitle: /^(Save your recovery codes|保存恢复码)$/,
  codesList: /^(Recovery codes|恢复码)$/,
  saved: /^(I have saved my recovery codes|我已保存恢复码)$/,
  continue: /^(Continue|继续)$/,
  lockedTitle: /^(Purse is locked|Purse 已锁定)$/,
  pin: /^(Payment PIN|支付密码)$/,
  welcome: /^(Welcome to Purse|欢迎使用 Purse)$/,
  next: /^(Next|下一步)$/,
  profileTitle: /^(Create your profile|创建个人资料)$/,
  yourName: /^(Your name|你的名字)$/,
  cardTitle: /^(Bind your first bank card|绑定第一张银行卡)$/,
  skipCard: /^(Skip for now|暂时跳过)$/,
  extrasTitle: /^(Extra safety \(optional\)|安全加强（可选）)$/,
  finish: /^(Finish and open Purse|完成并打开 Purse)$/,
};

/** First run's first two steps: keep the offered language, then give a profile name. */
export async function passLanguageAndProfile(page: Page, name = 'Alex'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: text.welcome })).toBeVisible({
    timeout: PIN_TIMEOUT,
  });
  await page.getByRole('button', { name: text.next }).click();
  await expect(page.getByRole('heading', { level: 1, name: text.profileTitle })).toBeVisible();
  await page.getByLabel(text.yourName).fill(name);
  await page.getByRole('button', { name: text.next }).click();
}

/** First run's last two steps, skipped: no card yet, no two-factor or verification. */
export async function skipCardAndExtras(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: text.cardTitle })).toBeVisible({
    timeout: PIN_TIMEOUT,
  });
  await page.getByRole('button', { name: text.skipCard }).click();
  await expect(page.getByRole('heading', { level: 1, name: text.extrasTitle })).toBeVisible();
  await page.getByRole('button', { name: text.finish }).click();
}

export function lockHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1, name: text.lockedTitle });
}

/**
 * Goes through first run as a person in a hurry does: the offered language, a name, the PIN
 * twice, the recovery codes confirmed as saved, no card yet and no extras. Returns the codes
 * it was shown. (first-run.spec.ts goes through every step for real.)
 */
export async function setUpPin(page: Page, pin = TEST_PIN): Promise<string[]> {
  await passLanguageAndProfile(page);
  const codes = await createPinAndSaveCodes(page, pin);
  await skipCardAndExtras(page);
  await expect(page.getByRole('navigation')).toBeVisible();
  return codes;
}

/** The PIN step of first run, up to the recovery codes it shows (returned, not yet saved). */
export async function createPin(page: Page, pin = TEST_PIN): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1, name: text.createTitle })).toBeVisible({
    timeout: PIN_TIMEOUT,
  });
  await page.getByLabel(text.newPin).fill(pin);
  await page.getByLabel(text.pinAgain).fill(pin);
  await page.getByRole('button', { name: text.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: text.codesTitle })).toBeVisible({
    timeout: PIN_TIMEOUT,
  });
  const codes = await page
    .getByRole('list', { name: text.codesList })
    .getByRole('listitem')
    .allInnerTexts();
  expect(codes).toHaveLength(10);
  return codes.map((code) => code.trim());
}

/** The PIN step of first run: the PIN twice, then the recovery codes confirmed as saved. */
export async function createPinAndSaveCodes(page: Page, pin = TEST_PIN): Promise<string[]> {
  const codes = await createPin(page, pin);
  await page.getByRole('checkbox', { name: text.saved }).check();
  await page.getByRole('button', { name: text.continue }).click();
  return codes;
}

/** On the lock screen: types the PIN (it unlocks once all six digits are in). */
export async function unlock(page: Page, pin = TEST_PIN): Promise<void> {
  await expect(lockHeading(page)).toBeVisible({ timeout: PIN_TIMEOUT });
  await page.getByLabel(text.pin).fill(pin);
  await expect(page.getByRole('navigation')).toBeVisible({ timeout: PIN_TIMEOUT });
}

/** Reloads Purse, as a restart does (it opens locked), and unlocks it. */
export async function restart(page: Page, pin = TEST_PIN): Promise<void> {
  await page.reload();
  await unlock(page, pin);
}

/** Ctrl+L, as a person locks Purse from anywhere. */
export async function lockWithShortcut(page: Page): Promise<void> {
  await page.keyboard.press('Control+l');
  await expect(lockHeading(page)).toBeVisible();
}

/** What an authenticator app would show for this key, `aheadMs` from now. */
export function authenticatorCode(key: string, aheadMs = 0): string {
  const secret = base32Decode(key);
  if (!secret) throw new Error(`not a base32 key: ${key}`);
  return totpAt(secret, Date.now() + aheadMs);
}

/**
 * Answers the dialog a protection-weakening change opens (two-factor set-up, real-name
 * verification, locking later…): the PIN, and the authenticator's code when it is on.
 */
export async function confirmChange(
  page: Page,
  title: string | RegExp,
  submit: string | RegExp,
  { pin = TEST_PIN, code }: { readonly pin?: string; readonly code?: string } = {},
): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByLabel(text.pin).fill(pin);
  if (code !== undefined)
    await dialog.getByLabel(/^(Code from your authenticator app|身份验证器中的动态码)$/).fill(code);
  await dialog.getByRole('button', { name: submit }).click();
  return dialog;
}
