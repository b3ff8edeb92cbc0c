import { expect, type Locator, type Page } from '@playwright/test';
import { setUpPin } from './security';
import { uiPattern } from './ui-text';

/** Helpers that use Purse the way a person does: by labels, roles and visible text. */

/** Opens a fresh Purse and creates the payment PIN, as every first run starts. */
export async function openPurse(page: Page): Promise<void> {
  await page.goto('/');
  await setUpPin(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
}

/**
 * Clicks a button of an antd dialog once it has finished zooming in. On a busy machine a
 * click while it still grows could land beside the button, on the mask, and do nothing,
 * leaving the dialog open (seen with the archive and skip confirmations).
 */
export async function clickWhenSettled(dialog: Locator, button: string): Promise<void> {
  await expect(dialog).not.toHaveClass(/ant-zoom-(appear|enter)/);
  await dialog.getByRole('button', { name: button }).click();
}

export function nav(page: Page, name: string | RegExp): Locator {
  return page.getByRole('navigation').getByRole('menuitem', { name });
}

/** Opens Pay from the menu (in either language). */
export async function openPay(page: Page): Promise<void> {
  const pay = uiPattern('nav.pay');
  await nav(page, pay).click();
  await expect(page.getByRole('heading', { name: pay, level: 1 })).toBeVisible();
}

/** Opens an antd Select by its label and picks the option whose text starts with `option`. */
export async function choose(
  scope: Page | Locator,
  page: Page,
  label: string | RegExp,
  option: string,
): Promise<void> {
  const combobox = scope.getByRole('combobox', { name: label, exact: true });
  await combobox.click();
  // The open list is the one this combobox controls (closed lists of other pickers linger).
  // A busy machine may render the list a moment after the click: wait for it to be named.
  await expect(combobox).toHaveAttribute('aria-controls', /.+/);
  const listId = await combobox.getAttribute('aria-controls');
  expect(listId, `the ${label} picker names the list it controls`).toBeTruthy();
  const list = page.locator(`[id="${listId}"]`);
  const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const wanted = list.getByRole('option', { name: new RegExp(`^${escaped}`) });
  // A click that lands while the list is still opening can leave it open on a busy machine:
  // pick again (the same option) until the list closes.
  await expect(async () => {
    if ((await combobox.getAttribute('aria-expanded')) !== 'true') await combobox.click();
    await wanted.click({ timeout: 2_000 });
    await expect(combobox).toHaveAttribute('aria-expanded', 'false', { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  // Wait out the closing animation: until then the list, not the dialog, takes Esc.
  await expect(list).toBeHidden();
}

export interface NewAccount {
  readonly kind?: string;
  readonly name: string;
  readonly balance?: string;
  /** An ISO code, such as EUR: the option that starts with it is chosen. */
  readonly currency?: string;
}

/** The wallet first run makes, at zero (named in the language first run was in: English here). */
export const PURSE_WALLET = 'Purse wallet';

/**
 * First run makes the Purse wallet at zero. A test that adds a wallet of its own (the kind the
 * new-account form starts with) means that one to be the wallet Purse pays from and tops up, as
 * it was before first run made one: the Purse wallet, still untouched at zero, is archived first
 * (the way a person puts away an account they do not use), so Home's table, every picker and
 * Pay's choice of wallet show the test's own accounts only. Anything else is left as it is.
 */
export async function putAwayPurseWallet(page: Page): Promise<void> {
  const row = accountRow(page, PURSE_WALLET);
  if ((await row.count()) === 0) return;
  if ((await row.getByRole('cell').nth(1).textContent()) !== 'CN¥0.00') return;
  await row.getByRole('button', { name: 'Archive' }).click();
  const confirm = page.getByRole('dialog', { name: `Archive “${PURSE_WALLET}”?` });
  await clickWhenSettled(confirm, 'Archive');
  // The dialog closes once the ledger has written the change, which a busy machine delays.
  await expect(confirm).toBeHidden({ timeout: 15_000 });
  await expect(row).toHaveCount(0);
}

/** Opens Add an account and fills it, without saving; returns the dialog. */
export async function fillAccount(page: Page, account: NewAccount): Promise<Locator> {
  if (account.kind === undefined || account.kind === 'Wallet') await putAwayPurseWallet(page);
  await page.getByRole('button', { name: /^(Add your first account|Add account)$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await expect(dialog).toBeVisible();
  if (account.kind) await choose(dialog, page, 'Kind', account.kind);
  await dialog.getByLabel('Name').fill(account.name);
  if (account.currency) await choose(dialog, page, 'Currency', `${account.currency} ·`);
  if (account.balance) await dialog.getByLabel('Balance today').fill(account.balance);
  return dialog;
}

export async function addAccount(page: Page, account: NewAccount): Promise<void> {
  const dialog = await fillAccount(page, account);
  // Enter submits, like any form.
  await dialog.getByLabel('Name').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(accountRow(page, account.name)).toBeVisible();
}

export function accountRow(page: Page, name: string): Locator {
  return page
    .getByRole('table')
    .first()
    .getByRole('row')
    .filter({ has: page.getByText(name, { exact: true }) });
}

export async function expectBalance(page: Page, name: string, balance: string): Promise<void> {
  await expect(accountRow(page, name).getByRole('cell').nth(1)).toHaveText(balance);
}

export function summary(page: Page, label: string | RegExp): Locator {
  return page.getByRole('region', { name: label });
}

export async function recordExpense(
  page: Page,
  entry: { account: string; category: string; amount: string; memo?: string },
): Promise<void> {
  await openPay(page);
  // Paying a merchant is Pay's main action; recording by hand is its second tab.
  await page.getByText('Record by hand', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Record expense' })).toBeVisible();
  await page.getByLabel('Amount').fill(entry.amount);
  await choose(page, page, 'Paid from', entry.account);
  await choose(page, page, 'Category', entry.category);
  if (entry.memo) await page.getByLabel('Note').fill(entry.memo);
  await page.getByRole('button', { name: 'Record expense' }).click();
  await expect(page.getByText('Expense recorded')).toBeVisible();
}

export async function fillTransfer(
  page: Page,
  entry: { from: string; to: string; amount: string },
): Promise<void> {
  await nav(page, 'Transfer').click();
  await expect(page.getByRole('heading', { name: 'Transfer', level: 1 })).toBeVisible();
  await page.getByText('Between my accounts', { exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'To', exact: true })).toBeVisible();
  await page.getByLabel('Amount').fill(entry.amount);
  await choose(page, page, 'From', entry.from);
  await choose(page, page, 'To', entry.to);
}

/** Picks a choice in a radio group the way a person does: by clicking its visible label. */
export async function pick(page: Page, group: string, choice: string): Promise<void> {
  const radios = page.getByRole('radiogroup', { name: group });
  const escaped = choice.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await radios
    .locator('label')
    .filter({ hasText: new RegExp(`^${escaped}$`) })
    .click();
  // (The group's own name may change with the choice, as Language does.)
  await expect(page.getByRole('radio', { name: choice, exact: true })).toBeChecked();
}
