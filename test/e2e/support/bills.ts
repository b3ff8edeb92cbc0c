import { expect, type Locator, type Page } from '@playwright/test';
import { choose, nav } from './purse';
import { TIME_ZONE, builtinCategories, createAccounts, purseIn } from './purse-calls';

/** Helpers for the Bills screens, used the way a person does: labels, roles, visible text. */

/** The calendar date `days` from today where the person is (TIME_ZONE): "2026-11-29". */
export function dateIn(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The same date a month later, on the same day or the month's last (as monthly bills fall). */
export function monthAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, last))).toISOString().slice(0, 10);
}

/** "Dec 1, 2026": how the UI writes a date in en-US. */
export function longDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

export async function openBills(page: Page): Promise<void> {
  await nav(page, 'Bills').click();
  await expect(page.getByRole('heading', { name: 'Bills', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
}

export interface NewBill {
  readonly kind?: string;
  readonly name: string;
  readonly accountNumber?: string;
  readonly amount: string;
  readonly variable?: boolean;
  readonly firstDue: string;
  /** The "Repeats" choice as shown: "Every month on a day" (the default), "Only once"… */
  readonly repeat?: string;
  readonly remindDaysBefore?: string;
  readonly autopay?: boolean;
}

/** Types a date into the date picker and moves on, as a person typing it does. */
export async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  // Tab commits the typed date and moves on (Enter would submit the whole form).
  await input.press('Tab');
  await expect(input).toHaveValue(date);
}

/** Fills the Add a bill form (it must be open). */
export async function fillBill(page: Page, bill: NewBill): Promise<void> {
  await expect(
    page.getByRole('heading', { name: /^(Add a bill|Edit bill)$/, level: 1 }),
  ).toBeVisible();
  if (bill.kind) {
    await page
      .getByRole('radiogroup', { name: 'Kind of bill' })
      .getByText(bill.kind, { exact: true })
      .click();
  }
  await page.getByLabel('Name', { exact: true }).fill(bill.name);
  await page.getByLabel('Account number with the biller').fill(bill.accountNumber ?? '');
  if (bill.variable) {
    await page.getByRole('radiogroup', { name: 'Amount type' }).getByText('Varies').click();
    await page.getByLabel('Usual amount (estimate)').fill(bill.amount);
  } else {
    await page.getByLabel('Amount each time').fill(bill.amount);
  }
  if (bill.repeat) await choose(page, page, 'Repeats', bill.repeat);
  await typeDate(page, bill.repeat === 'Only once' ? 'Due date' : 'First due date', bill.firstDue);
  if (bill.remindDaysBefore !== undefined) {
    await page.getByLabel('Remind me').fill(bill.remindDaysBefore);
  }
  if (bill.autopay) await page.getByRole('switch', { name: 'Post on its own' }).click();
}

/** From the Bills screen: Add bill, fill it, save, and back on the list. */
export async function addBill(page: Page, bill: NewBill): Promise<void> {
  await page.getByRole('button', { name: /^(Add your first bill|Add bill)$/ }).click();
  await fillBill(page, bill);
  await page.getByRole('button', { name: 'Save bill' }).click();
  await expect(page.getByRole('heading', { name: 'Bills', level: 1 })).toBeVisible();
  await expect(page.getByText(`“${bill.name}” added`)).toBeVisible();
}

/** A section of the list ("Overdue", "Due today", "Upcoming · next 30 days", "All bills"). */
export function billSection(page: Page, name: string | RegExp): Locator {
  return page.getByRole('region', { name });
}

/** A bill's row (one due date) inside a section or list. */
export function billRow(scope: Locator, name: string, dueDate?: string): Locator {
  const rows = scope.locator(`li[data-bill="${name}"]`);
  return dueDate ? rows.and(scope.locator(`li[data-due="${dueDate}"]`)) : rows;
}

/** How many bills the ledger holds (archived too). */
export async function countBills(page: Page): Promise<number> {
  return (await purseIn(page).bills.list({ includeArchived: true })).length;
}

export interface SeedBill {
  readonly name: string;
  readonly billerKind: string;
  readonly amount: number;
  readonly amountKind?: 'fixed' | 'variable';
  readonly firstDue: string;
  readonly remindDaysBefore?: number;
  readonly remindHour?: number;
}

/**
 * Creates an account and bills through window.purse (for tests about what the screens show,
 * not about the form). The UI's cache does not know: reload afterwards.
 */
export async function seedBills(
  page: Page,
  account: { readonly name: string; readonly balance: number },
  bills: readonly SeedBill[],
): Promise<string[]> {
  const purse = purseIn(page);
  const { wallet } = await createAccounts(purse, {
    wallet: { kind: 'wallet', name: account.name, openingBalance: account.balance },
  });
  const category = await builtinCategories(purse);
  const ids: string[] = [];
  for (const bill of bills) {
    const created = await purse.bills.create({
      name: bill.name,
      billerKind: bill.billerKind as 'other',
      accountNumber: '0101-2233-4455',
      payFromAccountId: wallet.id,
      categoryId: category('utilities'),
      amountKind: bill.amountKind ?? 'fixed',
      amount: bill.amount,
      firstDue: bill.firstDue,
      schedule: { kind: 'monthly', dayOfMonth: Number(bill.firstDue.slice(8, 10)) },
      remindDaysBefore: bill.remindDaysBefore ?? 3,
      ...(bill.remindHour === undefined ? {} : { remindHour: bill.remindHour }),
      timeZone: TIME_ZONE,
    });
    ids.push(created.id);
  }
  return ids;
}
