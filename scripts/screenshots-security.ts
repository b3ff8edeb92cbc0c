/**
 * Screenshots of the first run, the lock screen and the Security screen, for a person to
 * look at: `npx tsx scripts/screenshots-security.ts [name-filter…]`. Uses dev:web on
 * PURSE_WEB_PORT (default 5317), starting it if nothing answers; writes PNGs to
 * .tmp/screenshots/.
 */
import { type Browser, type Page } from '@playwright/test';
import { base32Decode } from '../src/gateway/security/base32';
import { totpAt } from '../src/gateway/security/totp';
import { DEV_WEB_ORIGIN, SCREENSHOT_DIR, runShots, openShotPage } from './dev-web-server';

const ORIGIN = DEV_WEB_ORIGIN;
const OUT = SCREENSHOT_DIR;
const PIN = '258036';

type Language = 'en' | 'zh-CN';

const T = {
  en: {
    newPin: 'New PIN',
    again: 'Enter the PIN again',
    create: 'Create PIN',
    saved: 'I have saved my recovery codes',
    continue: 'Continue',
    pin: 'Payment PIN',
    nav: 'Security',
    forgot: 'Forgot PIN?',
    tabs: {
      twoFactor: 'Two-factor and recovery',
      identity: 'Identity and limits',
      log: 'Security log',
      alerts: 'Risk alerts',
    },
    setUp2fa: 'Set up two-factor codes',
    regenerate: 'Make new codes',
    makeCodes: 'Make new codes',
  },
  'zh-CN': {
    newPin: '新密码',
    again: '再次输入密码',
    create: '设置密码',
    saved: '我已保存恢复码',
    continue: '继续',
    pin: '支付密码',
    nav: '安全',
    forgot: '忘记密码？',
    tabs: {
      twoFactor: '两步验证与恢复',
      identity: '实名与限额',
      log: '安全日志',
      alerts: '风险提醒',
    },
    setUp2fa: '开启两步验证',
    regenerate: '生成新恢复码',
    makeCodes: '生成新恢复码',
  },
} as const;

interface Shot {
  readonly file: string;
  readonly language: Language;
  readonly dark?: boolean;
  readonly go: (page: Page, t: (typeof T)[Language]) => Promise<void>;
}

const settle = (page: Page) => page.waitForTimeout(500);

async function createPin(page: Page, t: (typeof T)[Language]): Promise<void> {
  await page.getByLabel(t.newPin).fill(PIN);
  await page.getByLabel(t.again).fill(PIN);
  await page.getByRole('button', { name: t.create }).click();
  await page.getByRole('checkbox', { name: t.saved }).waitFor({ timeout: 30_000 });
}

/** Past the first run, on Home, with a little data. */
async function ready(page: Page, t: (typeof T)[Language]): Promise<void> {
  await createPin(page, t);
  await page.getByRole('checkbox', { name: t.saved }).check();
  await page.getByRole('button', { name: t.continue }).click();
  await page.getByRole('navigation').waitFor();
}

async function security(page: Page, t: (typeof T)[Language], tab?: string): Promise<void> {
  await page.getByRole('navigation').getByRole('menuitem', { name: t.nav }).click();
  if (tab) await page.getByRole('tab', { name: tab }).click();
  await settle(page);
}

async function lockPage(page: Page): Promise<void> {
  await page.keyboard.press('Control+l');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settle(page);
}

const SHOTS: readonly Shot[] = [
  {
    file: 'first-run-pin-en.png',
    language: 'en',
    go: async (page, t) => {
      await page.getByLabel(t.newPin).fill('123456');
      await page.getByLabel(t.again).focus();
      await settle(page);
    },
  },
  { file: 'first-run-pin-zh-CN.png', language: 'zh-CN', go: settle },
  {
    file: 'recovery-codes-en.png',
    language: 'en',
    go: async (page, t) => {
      await createPin(page, t);
      await settle(page);
    },
  },
  {
    file: 'recovery-codes-zh-CN.png',
    language: 'zh-CN',
    go: async (page, t) => {
      await createPin(page, t);
      await page.getByRole('button', { name: t.continue }).click();
      await settle(page);
    },
  },
  {
    file: 'lock-en.png',
    language: 'en',
    go: async (page, t) => {
      await ready(page, t);
      await lockPage(page);
      await page.getByLabel(t.pin).fill('000001');
      await page.getByRole('alert').waitFor({ timeout: 30_000 });
      await settle(page);
    },
  },
  {
    file: 'lock-zh-CN.png',
    language: 'zh-CN',
    go: async (page, t) => {
      await ready(page, t);
      await lockPage(page);
    },
  },
  {
    file: 'lock-en-dark.png',
    language: 'en',
    dark: true,
    go: async (page, t) => {
      await ready(page, t);
      await lockPage(page);
      await page.getByLabel(t.pin).pressSequentially('25');
      await settle(page);
    },
  },
  {
    file: 'lock-paused-zh-CN.png',
    language: 'zh-CN',
    go: async (page, t) => {
      await ready(page, t);
      await lockPage(page);
      for (let i = 0; i < 5; i += 1) {
        await page.getByLabel(t.pin).fill('000001');
        await page.getByRole('alert').waitFor({ timeout: 30_000 });
        await page.locator('.ant-btn-loading').waitFor({ state: 'detached' });
        await page.waitForTimeout(200);
      }
      await settle(page);
    },
  },
  {
    file: 'recover-en.png',
    language: 'en',
    go: async (page, t) => {
      await ready(page, t);
      await lockPage(page);
      await page.getByRole('button', { name: t.forgot }).click();
      await settle(page);
    },
  },
  {
    file: 'recover-identity-zh-CN.png',
    language: 'zh-CN',
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t, t.tabs.identity);
      await page.getByLabel('真实姓名').fill('王芳');
      await page.getByLabel('证件号码').fill('11010519491231002X');
      await page
        .getByRole('button', { name: '认 证' })
        .or(page.getByRole('button', { name: '认证' }))
        .click();
      await page.getByText('1****************X').waitFor();
      await lockPage(page);
      await page.getByRole('button', { name: t.forgot }).click();
      await page.getByLabel('恢复码').fill('AAAAA-AAAAA');
      await page.getByLabel('真实姓名').fill('王芳');
      await settle(page);
    },
  },
  {
    file: 'recover-wait-started-en.png',
    language: 'en',
    go: async (page, t) => {
      await createPin(page, t);
      const code = (await page.getByRole('listitem').first().innerText()).trim();
      await page.getByRole('checkbox', { name: t.saved }).check();
      await page.getByRole('button', { name: t.continue }).click();
      await page.getByRole('navigation').waitFor();
      await lockPage(page);
      await page.getByRole('button', { name: t.forgot }).click();
      await page.getByLabel('Recovery code').fill(code);
      await page.getByRole('button', { name: 'Start the three-day wait' }).click();
      await page.getByText('A PIN reset is waiting').waitFor({ timeout: 30_000 });
      await settle(page);
    },
  },
  {
    file: 'security-en.png',
    language: 'en',
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t);
    },
  },
  {
    file: 'security-zh-CN.png',
    language: 'zh-CN',
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t);
    },
  },
  {
    file: 'security-en-dark.png',
    language: 'en',
    dark: true,
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t, t.tabs.identity);
    },
  },
  {
    file: 'security-2fa-tab-en.png',
    language: 'en',
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t, t.tabs.twoFactor);
    },
  },
  {
    file: 'security-2fa-enrol-en.png',
    language: 'en',
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t, t.tabs.twoFactor);
      await page.getByRole('button', { name: t.setUp2fa }).click();
      await page.getByRole('dialog').locator('img').waitFor();
      await settle(page);
    },
  },
  {
    file: 'security-2fa-on-zh-CN.png',
    language: 'zh-CN',
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t, t.tabs.twoFactor);
      await page.getByRole('button', { name: t.setUp2fa }).click();
      const dialog = page.getByRole('dialog');
      const key = (await dialog.locator('[data-testid="totp-key"]').innerText()).replace(/\s/g, '');
      await dialog
        .locator('input')
        .last()
        .fill(totpAt(base32Decode(key)!, Date.now()));
      await dialog.waitFor({ state: 'hidden' });
      await settle(page);
    },
  },
  {
    file: 'security-new-codes-zh-CN.png',
    language: 'zh-CN',
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t, t.tabs.twoFactor);
      await page.getByRole('button', { name: t.regenerate }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(t.pin).fill(PIN);
      await dialog.getByRole('button', { name: t.makeCodes }).click();
      await page.getByRole('list').last().waitFor({ timeout: 30_000 });
      await settle(page);
    },
  },
  {
    file: 'security-identity-zh-CN.png',
    language: 'zh-CN',
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t, t.tabs.identity);
      await page.getByLabel('真实姓名').fill('王芳');
      await page.getByLabel('证件号码').fill('110105194912310021');
      await page
        .getByRole('button', { name: '认 证' })
        .or(page.getByRole('button', { name: '认证' }))
        .click();
      await settle(page);
    },
  },
  {
    file: 'security-verified-en.png',
    language: 'en',
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t, t.tabs.identity);
      await page.getByLabel('Legal name').fill('Wang Fang');
      await page.getByLabel('Document number').fill('11010519491231002X');
      await page.getByRole('button', { name: 'Verify' }).click();
      await page.getByText('Tier: Verified').waitFor();
      await page.getByLabel('Per day').fill('800');
      await page.getByRole('button', { name: 'Save limits' }).click();
      await settle(page);
    },
  },
  {
    file: 'security-log-en.png',
    language: 'en',
    go: async (page, t) => {
      await ready(page, t);
      await lockPage(page);
      await page.getByLabel(t.pin).fill('000001');
      await page.getByRole('alert').waitFor({ timeout: 30_000 });
      await page.getByLabel(t.pin).fill(PIN);
      await page.getByRole('navigation').waitFor({ timeout: 30_000 });
      await security(page, t, t.tabs.log);
    },
  },
  {
    file: 'security-alerts-zh-CN.png',
    language: 'zh-CN',
    go: async (page, t) => {
      await ready(page, t);
      await security(page, t, t.tabs.alerts);
    },
  },
  {
    file: 'security-narrow-zh-CN.png',
    language: 'zh-CN',
    go: async (page, t) => {
      await page.setViewportSize({ width: 760, height: 900 });
      await ready(page, t);
      await security(page, t);
    },
  },
];

async function take(browser: Browser, shot: Shot): Promise<void> {
  const { context, page, problems } = await openShotPage(browser, {
    language: shot.language,
    dark: shot.dark,
  });
  await page.goto(`${ORIGIN}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shot.go(page, T[shot.language]);
  await page.screenshot({ path: `${OUT}/${shot.file}`, fullPage: true });
  await context.close();
  console.log(
    `${OUT}/${shot.file}${problems.length ? `  (console: ${problems.join(' | ')})` : ''}`,
  );
}

await runShots(SHOTS, take);
