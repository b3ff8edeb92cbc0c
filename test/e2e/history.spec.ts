import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { PurseApi } from '../../src/shared/purse-api';
import { expect, test } from './support/fixtures';
import { expectLedgerSound } from './support/payments';
import { addAccount, choose, nav, openPurse, pick, recordExpense } from './support/purse';
import { unlock } from './support/security';

/** Records from Home each time, since Pay stays on its result after a recording. */
async function record(page: Page, entry: Parameters<typeof recordExpense>[1]): Promise<void> {
  await nav(page, 'Home').click();
  await recordExpense(page, entry);
}

test.beforeEach(async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { name: 'Wallet', balance: '1,000' });
  await record(page, {
    account: 'Wallet',
    category: 'Food & dining',
    amount: '12.50',
    memo: '和同事吃火锅',
  });
  await record(page, {
    account: 'Wallet',
    category: 'Transport',
    amount: '20',
    memo: 'late taxi',
  });
});

/** How many transactions the ledger holds, asked the way History asks. */
async function transactionCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const totals = await purse.history.totals({});
    if (!totals.ok) throw new Error(totals.error.message);
    return totals.value.count;
  });
}

const list = (page: Page) => page.getByRole('region', { name: 'Transactions' });

test('History finds a Chinese memo, keeps the filter in the address, and saves a new category', async ({
  page,
}) => {
  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  await expect(list(page).getByRole('button', { name: /^Open / })).toHaveCount(3);

  await page.getByLabel('Search payee and memo').fill('火锅');
  await page.getByLabel('Search payee and memo').press('Enter');
  await expect(list(page).getByRole('button', { name: /^Open / })).toHaveCount(1);
  await expect(list(page)).toContainText('和同事吃火锅');
  expect(decodeURIComponent(page.url())).toContain('q=火锅');
  await expect(page.getByText('That is all: 1 transaction.')).toBeVisible();

  // The filter lives in the address: a reload shows the same list.
  await page.reload();
  await unlock(page);
  await expect(list(page).getByRole('button', { name: /^Open / })).toHaveCount(1);

  await list(page).getByRole('button', { name: 'Open Food & dining' }).click();
  const drawer = page.getByRole('dialog', { name: 'Transaction' });
  await expect(drawer).toContainText('-CN¥12.50');
  await expect(drawer.getByRole('table')).toContainText('Category: Food & dining');
  await choose(drawer, page, 'Category', 'Groceries');
  await drawer.getByLabel('Memo').fill('和同事吃火锅 (shared)');
  await drawer.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved. The change is in the log.')).toBeVisible();
  await expect(drawer.getByRole('table')).toContainText('Category: Groceries');
  await page.keyboard.press('Escape');
  await expect(list(page)).toContainText('Groceries和同事吃火锅 (shared)');
  await expectLedgerSound(page);
});

test('a statement exports in dev:web with a BOM, the header, a Chinese memo and running balances', async ({
  page,
}) => {
  await nav(page, 'History').click();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a statement' });
  // Several accounts may be chosen; the list stays open until the person clicks elsewhere.
  const accounts = dialog.getByRole('combobox', { name: 'Accounts', exact: true });
  await accounts.click();
  const listId = await accounts.getAttribute('aria-controls');
  expect(listId).toBeTruthy();
  const options = page.locator(`[id="${listId}"]`);
  await options.getByRole('option', { name: /^Wallet/ }).click();
  await expect(options.getByRole('option', { name: /^Wallet/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await dialog.getByText('Export a statement', { exact: true }).click();
  await expect(accounts).toHaveAttribute('aria-expanded', 'false');
  await expect(options).toBeHidden();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^purse-statement-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(dialog.getByText('Statement saved')).toBeVisible();
  await expect(dialog).toContainText('3 rows written to the file you chose.');

  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'date,time,account,counterparty,category,memo,amount,currency,balance_after,kind,receipt_number,transaction_id',
  );
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain(',Wallet,,Transport,late taxi,-20.00,CNY,967.50,expense,');
  expect(lines[2]).toContain(',Wallet,,Food & dining,和同事吃火锅,-12.50,CNY,987.50,expense,');
  expect(lines[3]).toContain(',Wallet,,,,1000.00,CNY,1000.00,opening,');
});

test('in Chinese, a statement can name its columns in Chinese, and says what it adds up to', async ({
  page,
}) => {
  await nav(page, 'Settings').click();
  await pick(page, 'Language', '中文');
  await nav(page, '交易记录').click();
  await page.getByRole('button', { name: '导出 CSV' }).click();
  const dialog = page.getByRole('dialog', { name: '导出对账单' });
  // A click while the dialog still zooms in can be lost on a busy machine: tick until ticked.
  const localHeaders = dialog.getByRole('checkbox', { name: '列名使用中文' });
  await expect(async () => {
    await localHeaders.check({ timeout: 1_000 });
    await expect(localHeaders).toBeChecked({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '选择保存位置…' }).click();
  const file = await download;
  await expect(dialog.getByText('对账单已保存')).toBeVisible();
  // The summary is History's own figures for what was saved: 12.50 and 20.00 spent.
  const figure = (label: string) =>
    dialog.getByText(label, { exact: true }).locator('xpath=following-sibling::dd[1]');
  await expect(figure('支出（CNY）')).toHaveText('¥32.50');
  await expect(figure('收入（CNY）')).toHaveText('¥0.00');

  const text = (await readFile(await file.path())).subarray(3).toString('utf8');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]).toBe('日期,时间,账户,交易对方,分类,备注,金额,币种,余额,类型,收据号,交易号');
  // The rows are as ever: hledger's rules skip the header line whatever it says.
  expect(lines[1]).toContain(',Wallet,,交通出行,late taxi,-20.00,CNY,967.50,expense,');
});

test('back up, record something, restore: it is gone and the balance is back', async ({ page }) => {
  test.setTimeout(180_000);
  const passphrase = 'blue kettle under the stairs';
  await nav(page, 'Settings').click();
  const backup = page.locator('#backup-create');
  await backup.getByLabel('Backup passphrase').fill(passphrase);
  await backup.getByLabel('Passphrase again').fill(passphrase);
  await expect(backup.getByText('Strong')).toBeVisible();
  await backup.getByLabel('Payment PIN').fill('258036');
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await backup.getByRole('button', { name: 'Choose where to save…' }).click();
  const saved = await (await download).path();
  await expect(page.getByText('Backup saved')).toBeVisible({ timeout: 60_000 });
  expect((await readFile(saved, 'utf8')).includes('和同事吃火锅')).toBe(false);

  await record(page, {
    account: 'Wallet',
    category: 'Shopping',
    amount: '250',
    memo: 'after the backup',
  });
  await nav(page, 'Home').click();
  await expect(page.getByText('after the backup')).toBeVisible();

  await nav(page, 'Settings').click();
  const restore = page.locator('#backup-restore');
  await restore.locator('input[type=file]').setInputFiles(saved);
  await restore.getByLabel('Backup passphrase').fill('not the passphrase');
  await restore.getByRole('button', { name: 'Check backup' }).click();
  await expect(restore.getByText(/Wrong passphrase/)).toBeVisible({ timeout: 60_000 });

  await restore.getByLabel('Backup passphrase').fill(passphrase);
  await restore.getByRole('button', { name: 'Check backup' }).click();
  const confirm = page.locator('#backup-restore-confirm');
  await expect(confirm.getByRole('heading', { name: /holds$/ })).toBeVisible({ timeout: 60_000 });
  await expect(confirm.locator('[data-row="transactions"]')).toContainText('3');
  // The test's wallet and the Purse wallet first run made (put away, at zero).
  await expect(confirm.locator('[data-row="accounts"]')).toContainText('2');
  // Seeing what the file holds changed nothing yet.
  expect(await transactionCount(page)).toBe(4);

  await confirm.getByLabel('Payment PIN').fill('258036');
  await confirm.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText('Backup restored')).toBeVisible({ timeout: 60_000 });

  await nav(page, 'History').click();
  await expect(list(page).getByRole('button', { name: /^Open / })).toHaveCount(3);
  await expect(list(page)).not.toContainText('after the backup');
  await nav(page, 'Home').click();
  await expect(page.getByText('after the backup')).toHaveCount(0);
  await expect(page.getByText('CN¥967.50').first()).toBeVisible();
  await expectLedgerSound(page);
});
