import { fillPayment, pay, startPayment, typeCode } from '../../../test/e2e/support/payments';
import { TEST_PIN } from '../../../test/e2e/support/security';
import { uiPattern, type UiLanguage } from '../../../test/e2e/support/ui-text';
import { settle, show, showScreen } from '../screen';
import { namesIn } from '../seeds/names';
import { PAYMENT_NAMES, walletAndCoupons } from '../seeds/wallet-and-coupons';
import { inBoth, inOrder, variants, type Shot, type Step } from '../shot';

/** Waits for a confirmation sheet's total, then for it to finish sliding in. */
const sheetOpened: Step = async ({ page }) => {
  await page.getByRole('dialog').getByTestId('sheet-total').waitFor();
  await page.waitForTimeout(600);
};

const pause: Step = ({ page }) => settle(page, 500);

/** ¥86 at the coffee shop, where two coupons apply. */
const coffee = (language: UiLanguage) => ({
  merchant: namesIn(PAYMENT_NAMES, language).coffee,
  amount: '86',
});

const coffeeForm: Step = async ({ page, language }) => {
  await fillPayment(page, coffee(language));
  await page.waitForTimeout(700);
};
const coffeeSheet: Step = async ({ page, language }) => {
  await startPayment(page, coffee(language));
};
const coffeePaid: Step = ({ page, language }) => pay(page, coffee(language));

const receiptOpened: Step = async ({ page, t }) => {
  await page.getByRole('link', { name: t('pay.done.viewReceipt') }).click();
  await page.locator('.purse-receipt').waitFor();
};

const refundTwenty: Step = async ({ page, t }) => {
  await page.getByRole('button', { name: t('receipt.refund.action') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('receipt.refund.amount')).fill('20');
  await dialog.getByRole('button', { name: t('pay.form.continue') }).click();
};

const printView: Step = async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(500);
};

/** With ¥480 paid today, ¥450 more asks for the PIN again. */
const stepUpAsked: Step = async ({ page, language, t }) => {
  const market = namesIn(PAYMENT_NAMES, language).market;
  const dialog = await startPayment(page, { merchant: market, amount: '450' });
  await typeCode(dialog, page, TEST_PIN);
  await dialog.getByRole('button', { name: uiPattern('pay.sheet.payAmount') }).click();
  await dialog.getByRole('group', { name: t('pay.stepUp.pinLabel') }).waitFor();
};

/** With ¥900 paid today, ¥300 more is over the day's limit. */
const overLimit: Step = async ({ page, language }) => {
  await startPayment(page, { merchant: namesIn(PAYMENT_NAMES, language).market, amount: '300' });
};

const transferToFriend: Step = async ({ page, language, t }) => {
  const names = namesIn(PAYMENT_NAMES, language);
  await showScreen(page, '#/transfer');
  const contact = page.getByRole('combobox', { name: t('transfer.contact'), exact: true });
  await contact.fill(names.friend);
  await contact.press('Escape');
  await page.getByLabel(t('record.amount'), { exact: true }).fill('120');
  await page.getByLabel(t('transfer.memo')).fill(names.dinner);
  await page.getByRole('button', { name: t('pay.form.continue') }).click();
};

const start = walletAndCoupons();

/** Paying (form, sheet, step-up, limit, success), receipts, refunds, coupons, transfer, top-up. */
export const paymentShots: readonly Shot[] = [
  ...inBoth({ name: 'pay-form', start, steps: coffeeForm }),
  ...variants(
    { name: 'pay-sheet-coupon', start, steps: inOrder(coffeeSheet, sheetOpened) },
    { language: 'en' },
    { language: 'zh-CN' },
    { language: 'en', dark: true },
  ),
  ...inBoth({
    name: 'pay-step-up',
    start: walletAndCoupons(48_000),
    steps: inOrder(stepUpAsked, pause),
  }),
  ...inBoth({
    name: 'pay-over-limit',
    start: walletAndCoupons(90_000),
    steps: inOrder(overLimit, sheetOpened),
  }),
  ...inBoth({ name: 'pay-success', start, steps: inOrder(coffeePaid, pause) }),
  ...inBoth({ name: 'receipt', start, steps: inOrder(coffeePaid, receiptOpened, pause) }),
  {
    name: 'receipt-print',
    language: 'en',
    start,
    steps: inOrder(coffeePaid, receiptOpened, printView),
  },
  ...inBoth({
    name: 'refund-sheet',
    start,
    steps: inOrder(coffeePaid, receiptOpened, refundTwenty, sheetOpened),
  }),
  ...inBoth({ name: 'home-payments', start: walletAndCoupons(48_000), steps: show('#/home') }),
  ...inBoth({ name: 'coupons', start, steps: show('#/coupons') }),
  ...inBoth({ name: 'transfer-sheet', start, steps: inOrder(transferToFriend, sheetOpened) }),
  ...inBoth({ name: 'topup', start, steps: show('#/topup') }),
];
