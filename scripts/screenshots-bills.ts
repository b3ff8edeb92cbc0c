/**
 * Screenshots of the Bills screens for a person to look at:
 * `npx tsx scripts/screenshots-bills.ts [name-filter…]`. Starts dev:web (or reuses one on
 * PURSE_WEB_PORT, 5317 by default), creates the PIN on the first-run screen, seeds accounts
 * and bills through window.purse, and writes PNGs to .tmp/screenshots/: the list, the
 * calendar, the form (with its refusals), the detail with history, the pay sheet and the
 * empty screen, in English and Chinese (and the list in dark).
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { PurseApi } from '../src/shared/purse-api';
import { chromiumLaunchOptions } from './chromium';
import { DEV_WEB_ORIGIN, SCREENSHOT_DIR, startDevWeb } from './dev-web-server';
import { setUpPin } from '../test/e2e/support/security';

const ORIGIN = DEV_WEB_ORIGIN;
const OUT = SCREENSHOT_DIR;
const PIN = '258036';

type Language = 'en' | 'zh-CN';

const NAMES: Record<Language, Record<string, string>> = {
  en: {
    wallet: 'Daily wallet',
    card: 'Salary card',
    electricity: 'State Grid electricity',
    phone: 'China Mobile',
    internet: 'Home broadband',
    rent: 'Flat rent',
    water: 'City water',
    insurance: 'Health insurance',
    music: 'Music streaming',
  },
  'zh-CN': {
    wallet: '支付宝余额',
    card: '工资卡',
    electricity: '国家电网电费',
    phone: '中国移动话费',
    internet: '家庭宽带',
    rent: '房租',
    water: '自来水费',
    insurance: '医疗保险',
    music: '音乐会员',
  },
};

/** After a reload: the lock screen, then the app. */
async function unlock(page: Page): Promise<void> {
  const pin = page.getByLabel(/^(Payment PIN|支付密码)$/);
  await pin.or(page.getByRole('navigation')).first().waitFor({ timeout: 30_000 });
  if (await pin.isVisible()) await pin.fill(PIN);
  await page.getByRole('navigation').waitFor({ timeout: 30_000 });
}

/** Accounts and a household's bills, written through window.purse as the UI would. */
async function seed(page: Page, language: Language, withBills: boolean): Promise<void> {
  await page.evaluate(
    async ({ names, withBills, pin }) => {
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
          openingBalance: 328640,
          timeZone,
        }),
      );
      const card = await must(
        purse.accounts.create({
          kind: 'bank_card',
          name: names['card']!,
          currency: 'CNY',
          openingBalance: 1845000,
          timeZone,
        }),
      );
      if (!withBills) return;
      const categories = await must(purse.categories.list({ kind: 'expense' }));
      const category = (builtin: string) => categories.find((c) => c.builtin === builtin)!.id;
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
      const day = (offset: number) => {
        const [y, m, d] = parts.split('-').map(Number) as [number, number, number];
        return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
      };
      const dom = (key: string) => Number(key.slice(8, 10));
      const bill = (
        name: string,
        billerKind: string,
        extra: Record<string, unknown>,
      ): Promise<{ id: string }> =>
        must(
          purse.bills.create({
            name,
            billerKind,
            accountNumber: '0101 2233 4455',
            payFromAccountId: wallet.id,
            amountKind: 'fixed',
            remindDaysBefore: 2,
            timeZone,
            ...extra,
          } as Parameters<PurseApi['bills']['create']>[0]),
        );
      const electricity = await bill(names['electricity']!, 'electricity', {
        categoryId: category('utilities'),
        amountKind: 'variable',
        amount: 18650,
        firstDue: day(3),
        schedule: { kind: 'monthly', dayOfMonth: dom(day(3)) },
      });
      await bill(names['phone']!, 'phone', {
        categoryId: category('telecom'),
        amount: 8800,
        firstDue: day(0),
        schedule: { kind: 'monthly', dayOfMonth: dom(day(0)) },
        remindDaysBefore: 0,
      });
      await bill(names['internet']!, 'internet', {
        categoryId: category('telecom'),
        amount: 12900,
        firstDue: day(-5),
        schedule: { kind: 'monthly', dayOfMonth: dom(day(-5)) },
      });
      await bill(names['rent']!, 'rent', {
        categoryId: category('housing'),
        amount: 450000,
        payFromAccountId: card.id,
        firstDue: day(12),
        schedule: { kind: 'monthly', dayOfMonth: dom(day(12)) },
        remindDaysBefore: 5,
        autopay: true,
      });
      await bill(names['water']!, 'water', {
        categoryId: category('utilities'),
        amountKind: 'variable',
        amount: 6240,
        firstDue: day(20),
        schedule: { kind: 'every', unit: 'month', interval: 2 },
      });
      await bill(names['insurance']!, 'insurance', {
        categoryId: category('insurance'),
        amount: 240000,
        firstDue: day(95),
        schedule: { kind: 'yearly' },
        remindDaysBefore: 14,
      });
      await bill(names['music']!, 'subscription', {
        categoryId: category('entertainment'),
        amount: 1500,
        firstDue: day(8),
        schedule: { kind: 'monthly', dayOfMonth: dom(day(8)) },
        autopay: true,
      });
      // One payment already made, so the detail has history.
      await must(
        purse.bills.pay({
          billId: electricity.id,
          dueDate: day(3),
          amount: 17320,
          requestId: crypto.randomUUID(),
          timeZone,
          auth: { pin },
        }),
      );
    },
    { names: NAMES[language], withBills, pin: PIN },
  );
}

async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page
    .locator('[aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForTimeout(500);
}

async function shoot(page: Page, file: string, viewport = false): Promise<void> {
  await page.screenshot({ path: `${OUT}/${file}`, fullPage: !viewport });
  console.log(`${OUT}/${file}`);
}

interface Session {
  readonly language: Language;
  readonly dark?: boolean;
  readonly withBills: boolean;
  readonly shots: readonly {
    file: string;
    go: (page: Page) => Promise<void>;
    /** A dialog: the window as it is, not the whole page. */
    viewport?: boolean;
  }[];
}

const t = (language: Language, en: string, zh: string) => (language === 'en' ? en : zh);

function sessions(): Session[] {
  const full = (language: Language): Session => ({
    language,
    withBills: true,
    shots: [
      {
        file: `bills-list-${language}.png`,
        go: async (page) => {
          await page.goto(`${ORIGIN}/#/bills`);
          await settle(page);
        },
      },
      {
        file: `bills-calendar-${language}.png`,
        go: async (page) => {
          await page.goto(`${ORIGIN}/#/bills?view=calendar`);
          await settle(page);
        },
      },
      {
        file: `bill-detail-${language}.png`,
        go: async (page) => {
          await page.goto(`${ORIGIN}/#/bills`);
          await settle(page);
          await page
            .getByRole('link', { name: NAMES[language]['electricity']!, exact: true })
            .first()
            .click();
          await settle(page);
          await page.getByText(t(language, 'Paid per month', '每月合计')).waitFor();
        },
      },
      {
        file: `bill-pay-variable-${language}.png`,
        go: async (page) => {
          await page.goto(`${ORIGIN}/#/bills`);
          await settle(page);
          await page
            .getByRole('button', {
              name: new RegExp(`^${t(language, 'Pay', '缴费：')} ?${NAMES[language]['water']!}`),
            })
            .first()
            .click();
          await page.getByRole('dialog').waitFor();
          await page.waitForTimeout(600);
        },
        viewport: true,
      },
      {
        file: `bill-pay-pin-${language}.png`,
        go: async (page) => {
          const dialog = page.getByRole('dialog');
          await dialog.getByLabel(t(language, 'Amount this time', '本期金额')).fill('58.70');
          await dialog.getByRole('button', { name: t(language, 'Continue', '继续') }).click();
          await dialog.getByTestId('sheet-total').waitFor();
          await page.waitForTimeout(600);
        },
        viewport: true,
      },
      {
        file: `bill-form-${language}.png`,
        go: async (page) => {
          await page.goto(`${ORIGIN}/#/bills/new`);
          await settle(page);
          await page
            .getByLabel(t(language, 'Name', '名称'))
            .fill(t(language, 'Town gas', '港华燃气'));
          await page.getByText(t(language, 'Gas', '燃气费'), { exact: true }).click();
          await page.getByLabel(t(language, 'Amount each time', '每期金额')).fill('0');
          await page.getByRole('button', { name: t(language, 'Save bill', '保存账单') }).click();
          await page.waitForTimeout(600);
        },
      },
    ],
  });
  return [
    full('en'),
    full('zh-CN'),
    {
      language: 'en',
      dark: true,
      withBills: true,
      shots: [
        {
          file: 'bills-list-en-dark.png',
          go: async (page) => {
            await page.goto(`${ORIGIN}/#/bills`);
            await settle(page);
          },
        },
      ],
    },
    {
      language: 'zh-CN',
      withBills: false,
      shots: [
        {
          file: 'bills-empty-zh-CN.png',
          go: async (page) => {
            await page.goto(`${ORIGIN}/#/bills`);
            await settle(page);
          },
        },
      ],
    },
  ];
}

async function run(browser: Browser, session: Session, only: readonly string[]): Promise<void> {
  const shots = session.shots.filter(
    (shot) => only.length === 0 || only.some((name) => shot.file.includes(name)),
  );
  if (shots.length === 0) return;
  const context = await browser.newContext({
    locale: session.language,
    colorScheme: session.dark ? 'dark' : 'light',
    viewport: { width: 1280, height: 900 },
    timezoneId: 'Asia/Shanghai',
  });
  // tsx compiles with keepNames, so functions passed to page.evaluate call esbuild's __name.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      console.log(`  (console ${message.type()}: ${message.text()})`);
  });
  page.on('pageerror', (error) => console.log(`  (page error: ${error.message})`));
  await page.goto(`${ORIGIN}/`);
  await setUpPin(page, PIN);
  await seed(page, session.language, session.withBills);
  // The seed went round the UI's cache: start afresh, as after a restart (and unlock).
  await page.reload();
  await unlock(page);
  for (const shot of shots) {
    await shot.go(page);
    await shoot(page, shot.file, shot.viewport);
  }
  await context.close();
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await startDevWeb();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const only = process.argv.slice(2);
    for (const session of sessions()) await run(browser, session, only);
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid);
  }
}

await main();
