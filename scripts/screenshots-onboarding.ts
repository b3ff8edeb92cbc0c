/**
 * Screenshots of first run, the help centre and payment requests, in English and Chinese:
 * `npx tsx scripts/screenshots-onboarding.ts`. Uses dev:web on PURSE_WEB_PORT (default 5317),
 * starting it if nothing answers; writes PNGs to .tmp/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { DEV_WEB_ORIGIN, SCREENSHOT_DIR, startDevWeb } from './dev-web-server';

const PIN = '258036';
const LINK =
  'purse://pay?merchant=Lucky%20Coffee&amount=25.50&currency=CNY&order=ORD-2026-0042&note=Two%20lattes';

const T = {
  en: {
    next: 'Next',
    name: 'Your name',
    newPin: 'New PIN',
    again: 'Enter the PIN again',
    create: 'Create PIN',
    saved: 'I have saved my recovery codes',
    continue: 'Continue',
    issuer: 'Issuing bank',
    number: 'Card number',
    balance: 'Balance today',
    bind: 'Bind card',
    finish: 'Finish and open Purse',
    pay: 'Pay',
    paste: 'Paste a payment request',
    open: 'Open request',
    help: 'Help',
    search: 'Search help',
    query: 'payment failed',
  },
  'zh-CN': {
    next: '下一步',
    name: '你的名字',
    newPin: '新密码',
    again: '再次输入密码',
    create: '设置密码',
    saved: '我已保存恢复码',
    continue: '继续',
    issuer: '发卡银行',
    number: '卡号',
    balance: '当前余额',
    bind: '绑定银行卡',
    finish: '完成并打开 Purse',
    pay: '付款',
    paste: '粘贴收款请求',
    open: '打开请求',
    help: '帮助',
    search: '搜索帮助',
    query: '忘记密码',
  },
} as const;
type Language = keyof typeof T;

const settle = (page: Page) => page.waitForTimeout(600);

async function run(language: Language, dark = false): Promise<void> {
  const t = T[language];
  const suffix = `${language}${dark ? '-dark' : ''}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  const context = await browser.newContext({
    locale: language,
    colorScheme: dark ? 'dark' : 'light',
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  const shot = async (name: string) => {
    await settle(page);
    const path = `${SCREENSHOT_DIR}/${name}-${suffix}.png`;
    await page.screenshot({ path, fullPage: true });
    console.log(path);
  };
  try {
    await page.goto(`${DEV_WEB_ORIGIN}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot('onboarding-1-language');
    await page.getByRole('button', { name: t.next }).click();
    await page.getByLabel(t.name).waitFor();
    await page.getByLabel(t.name).fill(language === 'en' ? 'Mei' : '小梅');
    await shot('onboarding-2-profile');
    await page.getByRole('button', { name: t.next }).click();
    await page.getByLabel(t.newPin).fill(PIN);
    await page.getByLabel(t.again).fill(PIN);
    await page.getByRole('button', { name: t.create }).click();
    await page.getByRole('checkbox', { name: t.saved }).waitFor({ timeout: 30_000 });
    await page.getByRole('checkbox', { name: t.saved }).check();
    await page.getByRole('button', { name: t.continue }).click();
    await page.getByLabel(t.issuer).waitFor({ timeout: 30_000 });
    await page.getByLabel(t.issuer).fill(language === 'en' ? 'China Merchants Bank' : '招商银行');
    await page.getByLabel(t.number).fill('6222 0212 3456 7895');
    await page.getByLabel(t.balance).fill('5000');
    await shot('onboarding-4-card-typo');
    await page.getByLabel(t.number).fill('6222021234567894');
    await page.getByRole('button', { name: t.bind }).click();
    await page.getByRole('button', { name: t.finish }).waitFor();
    await shot('onboarding-5-extras');
    await page.getByRole('button', { name: t.finish }).click();
    await page.getByRole('navigation').waitFor();
    await shot('onboarding-6-home');
    await page.getByRole('navigation').getByRole('menuitem', { name: t.pay }).click();
    await page.getByLabel(t.paste).fill('purse://pay?merchant=Shop&amount=1.999&currency=CNY');
    await page.getByRole('button', { name: t.open }).click();
    await shot('pay-request-refused');
    await page.getByLabel(t.paste).fill(LINK);
    await page.getByRole('button', { name: t.open }).click();
    await shot('pay-request-review');
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash =
        '#/pay?requestProblem=merchant-invalid';
    });
    await shot('pay-request-refused-link');
    await page.getByRole('navigation').getByRole('menuitem', { name: t.help }).click();
    await shot('help-all');
    await page.getByRole('searchbox', { name: t.search }).fill(t.query);
    await page.locator('.purse-help__question').first().click();
    await shot('help-search');
  } finally {
    if (problems.length) console.log(`console (${suffix}): ${problems.join(' | ')}`);
    await browser.close();
  }
}

await mkdir(SCREENSHOT_DIR, { recursive: true });
const server = await startDevWeb();
try {
  await run('en');
  await run('zh-CN');
  await run('en', true);
} finally {
  if (server?.pid) process.kill(-server.pid);
}
