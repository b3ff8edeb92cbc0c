/**
 * Screenshots of the UI for a person to look at: `npx tsx scripts/screenshots.ts`.
 * Starts dev:web (or reuses one on 127.0.0.1:5317), seeds a small profile through
 * window.purse, and writes PNGs to .tmp/screenshots/.
 */
import { type Browser, type Page } from '@playwright/test';
import type { PurseApi } from '../src/shared/purse-api';
import { DEV_WEB_ORIGIN, SCREENSHOT_DIR, runShots, openShotPage } from './dev-web-server';

const ORIGIN = DEV_WEB_ORIGIN;
const OUT = SCREENSHOT_DIR;

type Language = 'en' | 'zh-CN';

const NAMES: Record<Language, Record<string, string>> = {
  en: {
    wallet: 'Daily wallet',
    card: 'Salary card',
    bank: 'China Merchants Bank',
    credit: 'Travel credit card',
    cash: 'Cash',
    usd: 'Dollar savings',
    lunch: 'Lunch with the team',
    market: 'Weekly groceries',
    metro: 'Metro',
  },
  'zh-CN': {
    wallet: '支付宝余额',
    card: '工资卡',
    bank: '招商银行',
    credit: '出行信用卡',
    cash: '随身现金',
    usd: '美元储蓄',
    lunch: '和同事吃午饭',
    market: '每周买菜',
    metro: '地铁',
  },
};

/** A small, realistic profile, written through window.purse as the UI would. */
async function seed(page: Page, language: Language): Promise<void> {
  await page.evaluate(async (names) => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const must = async <T>(
      call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
    ) => {
      const result = await call;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const wallet = await must(
      purse.accounts.create({
        kind: 'wallet',
        name: names['wallet']!,
        currency: 'CNY',
        openingBalance: 128640,
        timeZone,
      }),
    );
    const card = await must(
      purse.accounts.create({
        kind: 'bank_card',
        name: names['card']!,
        currency: 'CNY',
        openingBalance: 1845000,
        institution: names['bank']!,
        timeZone,
      }),
    );
    await must(
      purse.accounts.create({
        kind: 'credit_card',
        name: names['credit']!,
        currency: 'CNY',
        openingBalance: -231075,
        timeZone,
      }),
    );
    await must(
      purse.accounts.create({
        kind: 'cash',
        name: names['cash']!,
        currency: 'CNY',
        openingBalance: 32000,
        timeZone,
      }),
    );
    await must(
      purse.accounts.create({
        kind: 'savings',
        name: names['usd']!,
        currency: 'USD',
        openingBalance: 500000,
        timeZone,
      }),
    );
    const categories = await must(purse.categories.list());
    const category = (builtin: string) => categories.find((c) => c.builtin === builtin)!.id;
    const now = Date.now();
    const at = (hoursAgo: number) => now - hoursAgo * 3_600_000;
    await must(
      purse.transactions.record({
        kind: 'income',
        accountId: card.id,
        categoryId: category('salary'),
        amount: 1500000,
        occurredAt: at(30),
        timeZone,
      }),
    );
    await must(
      purse.transactions.record({
        kind: 'transfer',
        accountId: card.id,
        toAccountId: wallet.id,
        amount: 200000,
        occurredAt: at(20),
        timeZone,
      }),
    );
    await must(
      purse.transactions.record({
        kind: 'expense',
        accountId: wallet.id,
        categoryId: category('groceries'),
        amount: 12600,
        occurredAt: at(8),
        timeZone,
        memo: names['market']!,
      }),
    );
    await must(
      purse.transactions.record({
        kind: 'expense',
        accountId: wallet.id,
        categoryId: category('transport'),
        amount: 600,
        occurredAt: at(5),
        timeZone,
        memo: names['metro']!,
      }),
    );
    await must(
      purse.transactions.record({
        kind: 'expense',
        accountId: wallet.id,
        categoryId: category('food'),
        amount: 3850,
        occurredAt: at(2),
        timeZone,
        memo: names['lunch']!,
      }),
    );
  }, NAMES[language]);
}

interface Shot {
  readonly file: string;
  readonly language: Language;
  readonly dark?: boolean;
  readonly seeded?: boolean;
  readonly go: (page: Page) => Promise<void>;
}

async function waitForScreen(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page
    .locator('[aria-busy="true"]')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForTimeout(400);
}

const SHOT_PIN = '258036';

/** Types the PIN on the lock screen (it unlocks on the sixth digit). */
async function unlock(page: Page): Promise<void> {
  await page.getByLabel(/^(Payment PIN|支付密码)$/).fill(SHOT_PIN);
  await page.getByRole('navigation').waitFor({ timeout: 30_000 });
  await waitForScreen(page);
}

const home = async (page: Page) => {
  await page.goto(`${ORIGIN}/#/home`);
  await waitForScreen(page);
};

const SHOTS: readonly Shot[] = [
  { file: 'home-en-light.png', language: 'en', seeded: true, go: home },
  { file: 'home-en-dark.png', language: 'en', dark: true, seeded: true, go: home },
  { file: 'home-zh-CN-light.png', language: 'zh-CN', seeded: true, go: home },
  { file: 'home-zh-CN-dark.png', language: 'zh-CN', dark: true, seeded: true, go: home },
  { file: 'home-empty-en.png', language: 'en', go: home },
  { file: 'home-empty-zh-CN.png', language: 'zh-CN', go: home },
  {
    file: 'record-expense-en.png',
    language: 'en',
    seeded: true,
    go: async (page) => {
      await page.goto(`${ORIGIN}/#/pay`);
      await waitForScreen(page);
      await page.getByText('Record by hand', { exact: true }).click();
      await page.getByLabel('Amount').fill('25.5');
    },
  },
  {
    file: 'record-expense-zh-CN.png',
    language: 'zh-CN',
    seeded: true,
    go: async (page) => {
      await page.goto(`${ORIGIN}/#/pay`);
      await waitForScreen(page);
      await page.getByText('手动记账', { exact: true }).click();
      await page.getByLabel('金额').fill('25.5');
      await page.getByRole('button', { name: '记录支出' }).click();
      await page.waitForTimeout(400);
    },
  },
  {
    file: 'record-expense-en-dark.png',
    language: 'en',
    dark: true,
    seeded: true,
    go: async (page) => {
      await page.goto(`${ORIGIN}/#/pay`);
      await waitForScreen(page);
      await page.getByText('Record by hand', { exact: true }).click();
      await page.getByLabel('Amount').fill('12.345');
      await page.getByRole('button', { name: 'Record expense' }).click();
      await page.waitForTimeout(400);
    },
  },
  {
    file: 'settings-zh-CN.png',
    language: 'zh-CN',
    go: async (page) => {
      await page.goto(`${ORIGIN}/#/settings`);
      await waitForScreen(page);
    },
  },
  {
    file: 'create-account-en.png',
    language: 'en',
    go: async (page) => {
      await home(page);
      await page.getByRole('button', { name: 'Add your first account' }).click();
      await page.getByLabel('Name').fill('Salary card');
      await page.getByLabel('Balance today').fill('5,000');
      await page.waitForTimeout(500);
    },
  },
  {
    file: 'home-narrow-zh-CN.png',
    language: 'zh-CN',
    seeded: true,
    go: async (page) => {
      await page.setViewportSize({ width: 760, height: 900 });
      await home(page);
    },
  },
];

async function take(browser: Browser, shot: Shot): Promise<void> {
  const { context, page, problems } = await openShotPage(browser, {
    language: shot.language,
    dark: shot.dark,
  });
  await page.goto(`${ORIGIN}/`);
  await waitForScreen(page);
  // Past the first run: a PIN set through window.purse; every restart then starts locked.
  await page.evaluate(async (pin) => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    await purse.security.setupPin({ pin });
  }, SHOT_PIN);
  await page.reload();
  await unlock(page);
  if (shot.seeded) {
    await seed(page, shot.language);
    // The seed went round the UI's cache: start the UI afresh, as after a restart.
    await page.reload();
    await unlock(page);
  }
  await shot.go(page);
  await page.screenshot({ path: `${OUT}/${shot.file}`, fullPage: true });
  await context.close();
  console.log(
    `${OUT}/${shot.file}${problems.length ? `  (console: ${problems.join(' | ')})` : ''}`,
  );
}

await runShots(SHOTS, take);
