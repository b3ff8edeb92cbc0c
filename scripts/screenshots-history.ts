/**
 * Screenshots of History (list, filters, a transaction's detail, the export dialog and its
 * progress) and of backup and restore in Settings, in English and Chinese:
 * `npx tsx scripts/screenshots-history.ts [name-filter…]`. Starts dev:web (or reuses one on
 * PURSE_WEB_PORT), goes through the first-run PIN, seeds two accounts and two months of
 * history through window.purse, and writes PNGs to .tmp/screenshots/.
 */
import { type Browser, type Page } from '@playwright/test';
import type { PurseApi } from '../src/shared/purse-api';
import { DEV_WEB_ORIGIN, SCREENSHOT_DIR, runShots, openShotPage } from './dev-web-server';
import { setUpPin } from '../test/e2e/support/security';

const PIN = '258036';
const PASSPHRASE = 'blue kettle under the stairs';
type Language = 'en' | 'zh-CN';

async function unlock(page: Page): Promise<void> {
  await page.getByLabel(/^(Payment PIN|支付密码)$/).fill(PIN, { timeout: 30_000 });
  await page.getByRole('navigation').waitFor({ timeout: 30_000 });
}

/** A wallet and a bank card, two months of spending with memos, and a transfer. */
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
    const day = 86_400_000;
    const now = Date.now();
    const wallet = await must(
      purse.accounts.create({
        kind: 'wallet',
        name: zh ? '零钱' : 'Wallet',
        currency: 'CNY',
        openingBalance: 800_000,
        timeZone,
      }),
    );
    const bank = await must(
      purse.accounts.create({
        kind: 'bank_card',
        name: zh ? '招商银行储蓄卡' : 'CMB debit card',
        currency: 'CNY',
        openingBalance: 3_000_000,
        timeZone,
      }),
    );
    const categories = await must(purse.categories.list());
    const id = (key: string) => categories.find((category) => category.builtin === key)?.id ?? '';
    const merchant = async (name: string) =>
      (await must(purse.counterparties.create({ kind: 'merchant', name }))).id;
    const places = [
      [await merchant(zh ? '海底捞' : 'Hot Pot House'), 'food', zh ? '和同事聚餐' : 'team dinner'],
      [
        await merchant(zh ? '盒马鲜生' : 'Fresh Market'),
        'groceries',
        zh ? '周末采购' : 'weekend shop',
      ],
      [await merchant(zh ? '滴滴出行' : 'Ride app'), 'transport', zh ? '加班打车' : 'late taxi'],
    ] as const;
    for (let back = 55; back >= 1; back -= 1) {
      const [party, key, memo] = places[back % 3]!;
      await must(
        purse.transactions.record({
          kind: 'expense',
          accountId: back % 4 === 0 ? bank.id : wallet.id,
          categoryId: id(key),
          counterpartyId: party,
          amount: 1_500 + ((back * 997) % 18_000),
          occurredAt: now - back * day,
          timeZone,
          ...(back % 2 === 0 ? { memo } : {}),
        }),
      );
      if (back % 30 === 2)
        await must(
          purse.transactions.record({
            kind: 'income',
            accountId: bank.id,
            categoryId: id('salary'),
            amount: 1_800_000,
            occurredAt: now - back * day + 3_600_000,
            timeZone,
          }),
        );
    }
    await must(
      purse.transactions.record({
        kind: 'transfer',
        accountId: bank.id,
        toAccountId: wallet.id,
        amount: 200_000,
        occurredAt: now - 3_600_000,
        timeZone,
        memo: zh ? '充零钱' : 'top up wallet',
      }),
    );
  }, language === 'zh-CN');
}

interface Shot {
  readonly file: string;
  readonly language: Language;
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

const openDetail = async (page: Page) => {
  await open('#/history')(page);
  await page.locator('.purse-history-open').nth(3).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(900);
};

/** Holds each export chunk back, so the progress bar can be seen. */
const exportProgress = async (page: Page) => {
  await open('#/history')(page);
  await page.evaluate(() => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const statements = purse.statements as { exportNext: PurseApi['statements']['exportNext'] };
    const real = statements.exportNext.bind(statements);
    statements.exportNext = async (input) => {
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      return real(input);
    };
  });
  await page.getByRole('button', { name: /^(Export CSV|导出 CSV)$/ }).click();
  await page.getByRole('button', { name: /^(Choose where to save…|选择保存位置…)$/ }).click();
  await page.getByRole('progressbar').waitFor();
  await page.waitForTimeout(600);
};

const restoreCheck = async (page: Page) => {
  await open('#/settings')(page);
  const file = await page.evaluate(async (passphrase) => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const made = await purse.backups.create({ passphrase, auth: { pin: '258036' } });
    if (!made.ok) throw new Error(made.error.message);
    return made.value.file;
  }, PASSPHRASE);
  await page.locator('input[type=file]').setInputFiles({
    name: 'purse-backup.purse',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await page
    .getByLabel(/^(Backup passphrase|备份密码)$/)
    .last()
    .fill(PASSPHRASE);
  await page.getByRole('button', { name: /^(Check backup|检查备份)$/ }).click();
  await page.getByRole('heading', { name: /holds|包含/ }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(600);
};

const backupForm = async (page: Page) => {
  await open('#/settings')(page);
  await page
    .getByLabel(/^(Backup passphrase|备份密码)$/)
    .first()
    .fill('blue kettle');
  await page.getByLabel(/^(Passphrase again|再次输入密码)$/).fill('blue kettle under');
  await page.getByLabel(/^(Passphrase again|再次输入密码)$/).blur();
  await page.waitForTimeout(600);
};

const SHOTS: readonly Shot[] = [
  { file: 'history-en.png', language: 'en', go: open('#/history') },
  { file: 'history-zh-CN.png', language: 'zh-CN', go: open('#/history') },
  { file: 'history-empty-en.png', language: 'en', empty: true, go: open('#/history') },
  { file: 'history-filtered-en.png', language: 'en', go: open('#/history?kinds=expense&q=team') },
  {
    file: 'history-filtered-zh-CN.png',
    language: 'zh-CN',
    go: open('#/history?kinds=expense&q=聚餐&min=5000'),
  },
  { file: 'history-detail-en.png', language: 'en', go: openDetail },
  { file: 'history-detail-zh-CN.png', language: 'zh-CN', go: openDetail },
  { file: 'history-export-en.png', language: 'en', go: exportProgress },
  { file: 'history-export-zh-CN.png', language: 'zh-CN', go: exportProgress },
  { file: 'backup-en.png', language: 'en', go: backupForm },
  { file: 'backup-zh-CN.png', language: 'zh-CN', go: backupForm },
  { file: 'restore-en.png', language: 'en', go: restoreCheck },
  { file: 'restore-zh-CN.png', language: 'zh-CN', go: restoreCheck },
];

async function take(browser: Browser, shot: Shot): Promise<void> {
  const { context, page, problems } = await openShotPage(browser, {
    language: shot.language,
    width: 1360,
  });
  await page.goto(`${DEV_WEB_ORIGIN}/`);
  await setUpPin(page, PIN);
  if (!shot.empty) {
    await seed(page, shot.language);
    await page.reload();
    await unlock(page);
  }
  await shot.go(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${shot.file}`, fullPage: true });
  await context.close();
  console.log(
    `${SCREENSHOT_DIR}/${shot.file}${problems.length ? `  (console: ${problems.join(' | ')})` : ''}`,
  );
}

await runShots(SHOTS, take);
