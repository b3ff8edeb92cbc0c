import { expect, type Locator, type Page } from '@playwright/test';
import { choose, nav, openPay } from './purse';
import { purseIn } from './purse-calls';
import { uiPattern, type TextValues } from './ui-text';
import { PIN_TIMEOUT, TEST_PIN } from './security';

/** Helpers for paying, transferring, topping up and refunding, the way a person does. */

// Found by their text in either language, so the screenshot tool can use them in Chinese too.
// (A label shown with more, as "Note (optional)", is matched by part.)
const text = {
  merchant: uiPattern('pay.form.merchant'),
  amount: uiPattern('record.amount', {}, false),
  paidFrom: uiPattern('record.payFrom'),
  note: uiPattern('record.memo', {}, false),
  continue: uiPattern('pay.form.continue'),
  confirmPayment: uiPattern('pay.sheet.title'),
  pin: uiPattern('pay.sheet.pinLabel'),
  paymentDone: uiPattern('pay.done.title', {}, false),
};

/** The confirmation sheet that is open (Confirm payment, Confirm transfer, …). */
export function sheet(page: Page, title: string | RegExp): Locator {
  return page.getByRole('dialog', { name: title });
}

/** Types the PIN into the six boxes of a code field named `label`. */
export async function typeCode(
  scope: Locator,
  page: Page,
  code: string,
  label: string | RegExp = text.pin,
): Promise<void> {
  const field = scope.getByRole('group', { name: label });
  await expect(field).toBeVisible();
  await field.locator('input').first().click();
  await page.keyboard.type(code);
}

/** Enters the PIN and presses the sheet's confirm button (its name says what it does). */
export async function confirmWithPin(
  dialog: Locator,
  page: Page,
  confirm: string | RegExp,
  pin = TEST_PIN,
): Promise<void> {
  await typeCode(dialog, page, pin);
  await dialog.getByRole('button', { name: confirm }).click();
}

export interface NewPayment {
  readonly merchant: string;
  readonly amount: string;
  readonly account?: string;
  readonly memo?: string;
}

/** Opens Pay and fills its form, without going on. */
export async function fillPayment(page: Page, payment: NewPayment): Promise<void> {
  await openPay(page);
  const merchant = page.getByRole('combobox', { name: text.merchant });
  await merchant.fill(payment.merchant);
  // Close the suggestions so they don't cover the next field.
  await merchant.press('Escape');
  await page.getByLabel(text.amount).fill(payment.amount);
  if (payment.account) await choose(page, page, text.paidFrom, payment.account);
  if (payment.memo) await page.getByLabel(text.note).fill(payment.memo);
}

/** Fills the pay form and presses Continue; returns the confirmation sheet. */
export async function startPayment(page: Page, payment: NewPayment): Promise<Locator> {
  await fillPayment(page, payment);
  await page.getByRole('button', { name: text.continue }).click();
  const dialog = sheet(page, text.confirmPayment);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Waits for the success page of a payment, transfer or top-up. */
export async function expectDone(page: Page, title: string | RegExp): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: title })).toBeVisible({
    timeout: PIN_TIMEOUT,
  });
}

/** A whole payment, from the form to the success page; the sheet's total when it is known. */
export async function pay(page: Page, payment: NewPayment & { total?: string }): Promise<void> {
  const dialog = await startPayment(page, payment);
  const total: TextValues = payment.total === undefined ? {} : { amount: payment.total };
  await confirmWithPin(dialog, page, uiPattern('pay.sheet.payAmount', total));
  await expectDone(page, text.paymentDone);
}

/** The ledger's own check: every transaction balances and every cache matches. */
export async function expectLedgerSound(page: Page): Promise<void> {
  const report = await purseIn(page)
    .ledger.verify()
    .catch((error: unknown) => ({ ok: false, problems: [String(error)] }));
  expect(report.problems).toEqual([]);
  expect(report.ok).toBe(true);
}

/** How many transactions of a kind the ledger holds (the newest 100). */
export async function countTransactions(page: Page, kind: string): Promise<number> {
  const recent = await purseIn(page).transactions.recent({ limit: 100 });
  return recent.filter((txn) => txn.kind === kind).length;
}

/** Adds a spend-X-get-Y-off coupon in the coupon wallet. */
export async function addThresholdCoupon(
  page: Page,
  coupon: { name: string; minSpend: string; amountOff: string; merchant?: string },
): Promise<void> {
  await nav(page, 'Coupons').click();
  await expect(page.getByRole('heading', { name: 'Coupons', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add coupon' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a coupon' });
  await dialog.getByLabel('Name').fill(coupon.name);
  await dialog.getByLabel('Spend at least').fill(coupon.minSpend);
  await dialog.getByLabel('Amount off', { exact: true }).fill(coupon.amountOff);
  if (coupon.merchant) {
    await dialog.getByLabel('Merchant (optional)').fill(coupon.merchant);
    await dialog.getByLabel('Merchant (optional)').press('Escape');
  }
  await dialog.getByRole('button', { name: 'Add coupon' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: coupon.name, level: 3 })).toBeVisible();
}
