/**
 * Screenshots of paying, the confirmation sheet, the step-up, the success page, a receipt,
 * transfers, top-ups and the coupon wallet, in English and Chinese, for a person to look at:
 * `npx tsx scripts/screenshots-payments.ts [name-filter…]`. Uses dev:web on PURSE_WEB_PORT
 * (default 5317), starting it if nothing answers; writes PNGs to .tmp/screenshots/.
 */
import { type Browser, type Locator, type Page } from '@playwright/test';
import type { PurseApi } from '../src/shared/purse-api';
import { DEV_WEB_ORIGIN, SCREENSHOT_DIR, runShots, openShotPage } from './dev-web-server';

const ORIGIN = DEV_WEB_ORIGIN;
const OUT = SCREENSHOT_DIR;
const PIN = '258036';

type Language = 'en' | 'zh-CN';

const T = {
  en: {
    wallet: 'Daily wallet',
    card: 'Salary card',
    bank: 'China Merchants Bank',
    coffee: 'Luckin Coffee',
    market: 'Hema Fresh',
    friend: 'Lin Mei',
    couponBest: 'Coffee deal',
    couponPercent: 'Members 10% off',
    couponOld: 'Spring voucher',
    couponHema: 'Hema weekend',
    merchant: 'Merchant',
    amount: 'Amount',
    continue: 'Continue',
    pinLabel: 'Payment PIN',
    unlockLabel: 'Payment PIN',
    again: 'Enter your payment PIN again',
    viewReceipt: 'View receipt',
    refund: 'Refund',
    refundAmount: 'Amount to refund',
    contact: 'Contact',
    memo: 'Message',
    dinner: 'Dinner on Friday',
  },
  'zh-CN': {
    wallet: '支付宝余额',
    card: '工资卡',
    bank: '招商银行',
    coffee: '瑞幸咖啡',
    market: '盒马鲜生',
    friend: '林梅',
    couponBest: '咖啡满减券',
    couponPercent: '会员九折',
    couponOld: '春季代金券',
    couponHema: '盒马周末券',
    merchant: '商家',
    amount: '金额',
    continue: '下一步',
    pinLabel: '支付密码',
    unlockLabel: '支付密码',
    again: '再次输入支付密码',
    viewReceipt: '查看凭证',
    refund: '退款',
    refundAmount: '退款金额',
    contact: '联系人',
    memo: '转账说明',
    dinner: '周五聚餐',
  },
} as const;
type Texts = (typeof T)[Language];

/**
 * A small profile written through window.purse before the UI reads anything: the PIN, a
 * wallet and a bank card, coupons, and (optionally) earlier payments today.
 */
async function seed(page: Page, t: Texts, paidToday: number): Promise<void> {
  await page.evaluate(
    async ({ names, pin, paidToday: spent }) => {
      const purse = (globalThis as unknown as { purse: PurseApi }).purse;
      const must = async <T>(
        call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
      ) => {
        const result = await call;
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      };
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      await must(purse.security.setupPin({ pin }));
      const wallet = await must(
        purse.accounts.create({
          kind: 'wallet',
          name: names.wallet,
          currency: 'CNY',
          openingBalance: 286_450,
          timeZone,
        }),
      );
      await must(
        purse.accounts.create({
          kind: 'bank_card',
          name: names.card,
          currency: 'CNY',
          openingBalance: 1_845_000,
          institution: names.bank,
          timeZone,
        }),
      );
      const coffee = await must(
        purse.counterparties.create({ kind: 'merchant', name: names.coffee }),
      );
      const market = await must(
        purse.counterparties.create({ kind: 'merchant', name: names.market }),
      );
      const day = 86_400_000;
      const now = Date.now();
      const coupon = (input: Record<string, unknown>) =>
        must(
          purse.promotions.create({
            currency: 'CNY',
            validFrom: now - 3 * day,
            validTo: now + 27 * day,
            maxUses: 3,
            ...input,
          } as Parameters<PurseApi['promotions']['create']>[0]),
        );
      await coupon({
        name: names.couponBest,
        kind: 'threshold',
        amountOff: 1_000,
        minSpend: 5_000,
      });
      await coupon({
        name: names.couponPercent,
        kind: 'percent',
        percentBp: 1_000,
        maxDiscount: 2_000,
        merchantId: coffee.id,
      });
      await coupon({
        name: names.couponHema,
        kind: 'threshold',
        amountOff: 3_000,
        minSpend: 20_000,
        merchantId: market.id,
        maxUses: 1,
      });
      await coupon({
        name: names.couponOld,
        kind: 'fixed',
        amountOff: 500,
        validFrom: now - 60 * day,
        validTo: now - 2 * day,
      });
      // At most ¥480 a payment (the basic tier allows ¥500); the step-up is passed up front.
      for (let left = spent; left > 0; left -= 48_000) {
        await must(
          purse.payments.create({
            requestId: crypto.randomUUID(),
            accountId: wallet.id,
            merchant: { id: market.id },
            amount: Math.min(left, 48_000),
            promotion: 'none',
            timeZone,
            auth: { pin, stepUpPin: pin, confirmRisk: true },
          }),
        );
      }
    },
    { names: t, pin: PIN, paidToday },
  );
}

const settle = (page: Page) => page.waitForTimeout(500);

/** Restarts the page (it opens locked) and unlocks it through the lock screen. */
async function restartAndUnlock(page: Page, t: Texts): Promise<void> {
  await page.reload();
  await page.getByLabel(t.unlockLabel).fill(PIN);
  await page.getByRole('navigation').waitFor({ timeout: 30_000 });
  await settle(page);
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = target;
  }, hash);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page
    .locator('[aria-busy="true"]')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await settle(page);
}

async function fillPay(page: Page, t: Texts, merchant: string, amount: string): Promise<Locator> {
  await go(page, '#/pay');
  const field = page.getByRole('combobox', { name: t.merchant, exact: true });
  await field.fill(merchant);
  await field.press('Escape');
  await page.getByLabel(t.amount, { exact: true }).fill(amount);
  await page.waitForTimeout(700);
  return field;
}

async function openSheet(page: Page, t: Texts): Promise<Locator> {
  await page.getByRole('button', { name: t.continue }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByTestId('sheet-total').waitFor();
  await page.waitForTimeout(600);
  return dialog;
}

async function typePin(page: Page, dialog: Locator, label: string): Promise<void> {
  await dialog.getByRole('group', { name: label }).locator('input').first().click();
  await page.keyboard.type(PIN);
}

async function payThroughUi(page: Page, t: Texts): Promise<void> {
  await fillPay(page, t, t.coffee, '86');
  const dialog = await openSheet(page, t);
  await typePin(page, dialog, t.pinLabel);
  await dialog.locator('.purse-sheet__confirm').click();
  await page.locator('.purse-money-done').waitFor({ timeout: 30_000 });
  await settle(page);
}

interface Shot {
  readonly file: string;
  readonly language: Language;
  readonly dark?: boolean;
  /** Paid earlier today, in fen (for the step-up and limit shots). */
  readonly paidToday?: number;
  readonly go: (page: Page, t: Texts) => Promise<void>;
}

const both = (
  name: string,
  go: Shot['go'],
  extra: Partial<Pick<Shot, 'paidToday' | 'dark'>> = {},
): Shot[] => [
  { file: `${name}-en.png`, language: 'en', go, ...extra },
  { file: `${name}-zh-CN.png`, language: 'zh-CN', go, ...extra },
];

const SHOTS: readonly Shot[] = [
  ...both('pay-form', async (page, t) => {
    await fillPay(page, t, t.coffee, '86');
  }),
  ...both('pay-sheet-coupon', async (page, t) => {
    await fillPay(page, t, t.coffee, '86');
    await openSheet(page, t);
  }),
  ...both(
    'pay-step-up',
    async (page, t) => {
      await fillPay(page, t, t.market, '450');
      const dialog = await openSheet(page, t);
      await typePin(page, dialog, t.pinLabel);
      await dialog.locator('.purse-sheet__confirm').click();
      await dialog.getByRole('group', { name: t.again }).waitFor({ timeout: 30_000 });
      await settle(page);
    },
    { paidToday: 48_000 },
  ),
  ...both(
    'pay-over-limit',
    async (page, t) => {
      await fillPay(page, t, t.market, '300');
      await openSheet(page, t);
    },
    { paidToday: 90_000 },
  ),
  ...both('pay-success', payThroughUi),
  ...both('receipt', async (page, t) => {
    await payThroughUi(page, t);
    await page.getByRole('link', { name: t.viewReceipt }).click();
    await page.locator('.purse-receipt').waitFor();
    await settle(page);
  }),
  ...both('refund-sheet', async (page, t) => {
    await payThroughUi(page, t);
    await page.getByRole('link', { name: t.viewReceipt }).click();
    await page.locator('.purse-receipt').waitFor();
    await page.getByRole('button', { name: t.refund }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(t.refundAmount).fill('20');
    await dialog.getByRole('button', { name: t.continue }).click();
    await dialog.getByTestId('sheet-total').waitFor();
    await settle(page);
  }),
  ...both(
    'home-payments',
    async (page) => {
      await go(page, '#/home');
    },
    { paidToday: 48_000 },
  ),
  ...both('coupons', async (page) => {
    await go(page, '#/coupons');
  }),
  ...both('transfer-sheet', async (page, t) => {
    await go(page, '#/transfer');
    const contact = page.getByRole('combobox', { name: t.contact, exact: true });
    await contact.fill(t.friend);
    await contact.press('Escape');
    await page.getByLabel(t.amount, { exact: true }).fill('120');
    await page.getByLabel(t.memo).fill(t.dinner);
    await openSheet(page, t);
  }),
  ...both('topup', async (page) => {
    await go(page, '#/topup');
  }),
  {
    file: 'pay-sheet-coupon-en-dark.png',
    language: 'en',
    dark: true,
    go: async (page, t) => {
      await fillPay(page, t, t.coffee, '86');
      await openSheet(page, t);
    },
  },
  {
    file: 'receipt-print-en.png',
    language: 'en',
    go: async (page, t) => {
      await payThroughUi(page, t);
      await page.getByRole('link', { name: t.viewReceipt }).click();
      await page.locator('.purse-receipt').waitFor();
      await page.emulateMedia({ media: 'print' });
      await settle(page);
    },
  },
];

async function take(browser: Browser, shot: Shot): Promise<void> {
  const { context, page, problems } = await openShotPage(browser, {
    language: shot.language,
    dark: shot.dark,
  });
  const t = T[shot.language];
  await page.goto(`${ORIGIN}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await seed(page, t, shot.paidToday ?? 0);
  await restartAndUnlock(page, t);
  await shot.go(page, t);
  await page.screenshot({ path: `${OUT}/${shot.file}`, fullPage: true });
  await context.close();
  console.log(
    `${OUT}/${shot.file}${problems.length ? `  (console: ${problems.join(' | ')})` : ''}`,
  );
}

await runShots(SHOTS, take);
