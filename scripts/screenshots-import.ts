/**
 * Screenshots of the Import screen for a person to look at:
 * `npx tsx scripts/screenshots-import.ts`. Starts dev:web (or reuses one on PURSE_WEB_PORT),
 * creates the PIN, adds an account, then goes through every step with the Alipay fixture
 * and a file with a rejected row, in English and Chinese, into .tmp/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { PurseApi } from '../src/shared/purse-api';
import { chromiumLaunchOptions } from './chromium';
import { DEV_WEB_ORIGIN, SCREENSHOT_DIR, startDevWeb } from './dev-web-server';
import { setUpPin } from '../test/e2e/support/security';

const PIN = '258036';
const FIXTURES = fileURLToPath(new URL('../test/fixtures/import', import.meta.url));

async function chooseAccount(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: /^(Import into|导入到)$/ }).click();
  await page.getByRole('option').first().click();
}

async function run(browser: Browser, language: 'en' | 'zh-CN'): Promise<void> {
  const context = await browser.newContext({
    locale: language,
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log(`  (page error: ${error.message})`));
  await page.goto(`${DEV_WEB_ORIGIN}/`);
  await setUpPin(page, PIN);
  await page.evaluate(
    async (name) => {
      const purse = (globalThis as unknown as { purse: PurseApi }).purse;
      await purse.accounts.create({ kind: 'wallet', name, currency: 'CNY', openingBalance: 0 });
    },
    language === 'en' ? 'Alipay balance' : '支付宝余额',
  );
  await page.goto(`${DEV_WEB_ORIGIN}/#/import`);
  const pin = page.getByLabel(/^(Payment PIN|支付密码)$/);
  await pin.or(page.getByRole('navigation')).first().waitFor({ timeout: 30_000 });
  if (await pin.isVisible()) await pin.fill(PIN);
  const shoot = (name: string) =>
    page.screenshot({ path: `${SCREENSHOT_DIR}/import-${name}-${language}.png`, fullPage: true });

  await page.locator('input[type=file]').waitFor({ state: 'attached' });
  await shoot('1-choose');
  await chooseAccount(page);
  await page.locator('input[type=file]').setInputFiles(`${FIXTURES}/alipay.gbk.csv`);
  await page.getByRole('button', { name: /^(Read the file|读取文件)$/ }).waitFor();
  await shoot('2-map');
  await page.getByRole('button', { name: /^(Read the file|读取文件)$/ }).click();
  await page.getByTestId('import-stats').waitFor();
  await shoot('3-check');
  await page.getByRole('button', { name: /^(Import \d+ transactions|导入 \d+ 笔交易)$/ }).click();
  await page.getByRole('button', { name: /^(Import another file|导入其他文件)$/ }).waitFor();
  await shoot('4-done');

  await page.getByRole('button', { name: /^(Import another file|导入其他文件)$/ }).click();
  await chooseAccount(page);
  await page.locator('input[type=file]').setInputFiles({
    name: 'bank.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Date,Payee,Amount\n04/03/2025,Cafe,-3.50\n30/02/2025,Shop,-1.00\n05/03/2025,Bar,"-2.00\n',
    ),
  });
  await page.getByRole('button', { name: /^(Read the file|读取文件)$/ }).waitFor();
  await shoot('5-ambiguous');
  await page.getByRole('button', { name: /^(Read the file|读取文件)$/ }).click();
  await page.getByTestId('import-stats').waitFor();
  await shoot('6-rejected');
  await context.close();
}

async function main(): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const server = await startDevWeb();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const language of ['en', 'zh-CN'] as const) await run(browser, language);
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid);
  }
}

await main();
