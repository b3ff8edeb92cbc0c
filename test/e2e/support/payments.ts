import { expect, type Locator, type Page } from '@playwright/test';
import type { PurseApi } from '../../../src/shared/purse-api';
import { choose, nav } from './purse';
import { PIN_TIMEOUT, TEST_PIN } from './security';

/** Helpers for paying, transferring, topping up and refunding, the way a person does. */

/** The confirmation sheet that is open (Confirm payment, Confirm transfer, …). */
export function sheet(page: Page, title: string | RegExp): Locator {
  return page.getByRole('dialog', { name: title });
}

/** Types the PIN into the six boxes of a code field named `label`. */
export async function typeCode(
  scope: Locator,
  page: Page,
  code: string,
  label: string | RegExp = 'Payment PIN',
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

/** Fills the pay form and presses Continue; returns the confirmation sheet. */
export async function startPayment(
  page: Page,
  payment: { merchant: string; amount: string; account?: string; memo?: string },
): Promise<Locator> {
  await nav(page, 'Pay').click();
  await expect(page.getByRole('heading', { name: 'Pay', level: 1 })).toBeVisible();
  const merchant = page.getByRole('combobox', { name: 'Merchant', exact: true });
  await merchant.fill(payment.merchant);
  // Close the suggestions so they don't cover the next field.
  await merchant.press('Escape');
  await page.getByLabel('Amount').fill(payment.amount);
  if (payment.account) await choose(page, page, 'Paid from', payment.account);
  if (payment.memo) await page.getByLabel('Note').fill(payment.memo);
  await page.getByRole('button', { name: 'Continue' }).click();
  const dialog = sheet(page, 'Confirm payment');
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Waits for the success page of a payment, transfer or top-up. */
export async function expectDone(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: title })).toBeVisible({
    timeout: PIN_TIMEOUT,
  });
}

/** A whole payment, from the form to the success page. */
export async function pay(
  page: Page,
  payment: { merchant: string; amount: string; account?: string; total: string },
): Promise<void> {
  const dialog = await startPayment(page, payment);
  await confirmWithPin(dialog, page, `Pay ${payment.total}`);
  await expectDone(page, 'Payment successful');
}

/** The ledger's own check: every transaction balances and every cache matches. */
export async function expectLedgerSound(page: Page): Promise<void> {
  const report = await page.evaluate(async () => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const result = await purse.ledger.verify();
    return result.ok ? result.value : { ok: false, problems: [result.error.message] };
  });
  expect(report.problems).toEqual([]);
  expect(report.ok).toBe(true);
}

/** How many transactions of a kind the ledger holds (the newest 100). */
export async function countTransactions(page: Page, kind: string): Promise<number> {
  return page.evaluate(async (wanted) => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const result = await purse.transactions.recent({ limit: 100 });
    if (!result.ok) throw new Error(result.error.message);
    return result.value.filter((txn) => txn.kind === wanted).length;
  }, kind);
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
