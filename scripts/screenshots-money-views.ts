/**
 * Screenshots of Budgets, Analytics (every chart) and the monthly report, in English and
 * Chinese, one in dark mode: `npx tsx scripts/screenshots-money-views.ts [name-filter…]`.
 * Starts dev:web (or reuses one on PURSE_WEB_PORT, 5317 by default), goes through the
 * first-run PIN, seeds a year of history through window.purse, and writes PNGs to
 * .tmp/screenshots/.
 */
import { type Browser, type Page } from '@playwright/test';
import type { PurseApi } from '../src/shared/purse-api';
import { DEV_WEB_ORIGIN, SCREENSHOT_DIR, runShots, openShotPage } from './dev-web-server';
import { setUpPin } from '../test/e2e/support/security';

const ORIGIN = DEV_WEB_ORIGIN;
const OUT = SCREENSHOT_DIR;
const PIN = '258036';

type Language = 'en' | 'zh-CN';

async function unlock(page: Page): Promise<void> {
  await page.getByLabel(/^(Payment PIN|支付密码)$/).fill(PIN, { timeout: 30_000 });
  await page.getByRole('navigation').waitFor({ timeout: 30_000 });
}

/** Twelve months of salary and spending, a few merchants, and budgets for this month. */
async function seed(page: Page, language: Language): Promise<void> {
  await page.evaluate(async (zh) => {
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
        name: zh ? '支付宝余额' : 'Daily wallet',
        currency: 'CNY',
        openingBalance: 2_000_000,
        timeZone,
      }),
    );
    const categories = await must(purse.categories.list());
    const id = (key: string) => categories.find((category) => category.builtin === key)?.id ?? '';
    const merchant = async (name: string) =>
      (await must(purse.counterparties.create({ kind: 'merchant', name }))).id;
    const noodles = await merchant(zh ? '兰州拉面' : 'Lucky Noodles');
    const market = await merchant(zh ? '盒马鲜生' : 'Fresh Market');
    const metro = await merchant(zh ? '上海地铁' : 'Metro');
    const cinema = await merchant(zh ? '万达影城' : 'Star Cinema');
    const now = Date.now();
    const day = 86_400_000;
    const record = (
      kind: 'expense' | 'income',
      key: string,
      amount: number,
      at: number,
      counterpartyId?: string,
    ) =>
      must(
        purse.transactions.record({
          kind,
          accountId: wallet.id,
          categoryId: id(key),
          amount,
          occurredAt: at,
          timeZone,
          ...(counterpartyId ? { counterpartyId } : {}),
        }),
      );
    for (let back = 11; back >= 0; back -= 1) {
      const at = now - back * 30 * day - day;
      const wobble = 1 + ((back * 37) % 11) / 20;
      await record('income', 'salary', 1_500_000, at);
      await record('expense', 'housing', 450_000, at);
      await record('expense', 'groceries', Math.round(120_000 * wobble), at, market);
      await record('expense', 'food', Math.round(80_000 * wobble), at, noodles);
      await record('expense', 'transport', Math.round(20_000 * wobble), at, metro);
      if (back % 3 === 0) await record('expense', 'entertainment', 36_000, at, cinema);
      if (back === 0) await record('expense', 'shopping', 260_000, at);
    }
    const month = (() => {
      const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
      }).formatToParts(new Date());
      return `${parts.find((p) => p.type === 'year')?.value}-${parts.find((p) => p.type === 'month')?.value}`;
    })();
    const budget = (key: string, amount: number, rollover?: 'surplus' | 'overspend') =>
      must(
        purse.budgets.set({
          categoryId: id(key),
          month,
          amount,
          ...(rollover ? { rollover } : {}),
        }),
      );
    await budget('groceries', 150_000, 'surplus');
    await budget('food', 90_000);
    await budget('transport', 30_000, 'overspend');
    await budget('shopping', 200_000);
    await budget('gifts', 0);
  }, language === 'zh-CN');
}

interface Shot {
  readonly file: string;
  readonly language: Language;
  readonly dark?: boolean;
  readonly empty?: boolean;
  readonly go: (page: Page) => Promise<void>;
}

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page
    .locator('[aria-busy="true"]')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForTimeout(900);
}

const open = (hash: string) => async (page: Page) => {
  await page.evaluate((target) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = target;
  }, hash);
  await settle(page);
};

const SHOTS: readonly Shot[] = [
  { file: 'budgets-en.png', language: 'en', go: open('#/budgets') },
  { file: 'budgets-zh-CN.png', language: 'zh-CN', go: open('#/budgets') },
  { file: 'budgets-en-dark.png', language: 'en', dark: true, go: open('#/budgets') },
  { file: 'budgets-empty-zh-CN.png', language: 'zh-CN', empty: true, go: open('#/budgets') },
  { file: 'analytics-en.png', language: 'en', go: open('#/analytics') },
  { file: 'analytics-zh-CN.png', language: 'zh-CN', go: open('#/analytics') },
  { file: 'analytics-zh-CN-dark.png', language: 'zh-CN', dark: true, go: open('#/analytics') },
  { file: 'analytics-empty-en.png', language: 'en', empty: true, go: open('#/analytics') },
  {
    file: 'analytics-drawer-en.png',
    language: 'en',
    go: async (page) => {
      await open('#/analytics')(page);
      const card = page.getByTestId('chart-spending');
      await card.getByRole('button', { name: 'Show as table' }).click();
      await card.getByRole('button', { name: 'Groceries' }).click();
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(600);
    },
  },
  {
    file: 'analytics-tables-zh-CN.png',
    language: 'zh-CN',
    go: async (page) => {
      await open('#/analytics')(page);
      const show = page.getByRole('button', { name: '以表格显示' });
      while ((await show.count()) > 0) await show.first().click();
      await page.waitForTimeout(400);
    },
  },
  { file: 'report-en.png', language: 'en', go: open('#/analytics/report') },
  { file: 'report-zh-CN.png', language: 'zh-CN', go: open('#/analytics/report') },
];

async function take(browser: Browser, shot: Shot): Promise<void> {
  const { context, page, problems } = await openShotPage(browser, {
    language: shot.language,
    dark: shot.dark,
    width: 1360,
  });
  await page.goto(`${ORIGIN}/`);
  await setUpPin(page, PIN);
  if (!shot.empty) {
    await seed(page, shot.language);
    // The seed went round the UI's cache: start afresh, as after a restart.
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
