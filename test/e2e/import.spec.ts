import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { addAccount, choose, expectBalance, nav, openPurse } from './support/purse';

const FIXTURES = fileURLToPath(new URL('../fixtures/import', import.meta.url));

/** Goes through the Import screen's steps with one file, up to the check step. */
async function readStatementFile(page: Page, account: string, file: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Import a statement', level: 1 })).toBeVisible();
  await choose(page, page, 'Import into', account);
  await page.locator('input[type=file]').setInputFiles(join(FIXTURES, file));
  await expect(page.getByRole('heading', { name: 'First rows of the file' })).toBeVisible();
  await page.getByRole('button', { name: 'Read the file' }).click();
}

function stat(page: Page, title: string) {
  return page.getByTestId('import-stats').locator('.ant-statistic').filter({ hasText: title });
}

test('imports a WeChat Pay bill and an Alipay export, then finds nothing new in the same bill again', async ({
  page,
}) => {
  // Two imports and a third read through the whole UI: longer than one screen's test.
  test.setTimeout(180_000);
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'WeChat wallet', balance: '100.00' });
  await addAccount(page, { kind: 'Wallet', name: 'Alipay balance', balance: '0' });

  await nav(page, 'Import').click();
  await readStatementFile(page, 'WeChat wallet', 'wechat.csv');
  await expect(stat(page, 'New transactions')).toContainText('6');
  await expect(stat(page, 'Skipped')).toContainText('2');
  await expect(page.getByText('1 refund paired with its payment')).toBeVisible();
  await page.getByRole('button', { name: 'Import 6 transactions' }).click();
  await expect(page.getByText('Imported 6 transactions')).toBeVisible();

  await page.getByRole('button', { name: 'Import another file' }).click();
  await choose(page, page, 'Import into', 'Alipay balance');
  await page.locator('input[type=file]').setInputFiles(join(FIXTURES, 'alipay.gbk.csv'));
  await expect(page.getByTestId('import-profile')).toHaveText('Alipay (支付宝)');
  await expect(page.getByText('GB18030')).toBeVisible();
  await expect(page.getByRole('cell', { name: '老王面馆' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(stat(page, 'New transactions')).toContainText('8');
  // The account had nothing in it: it opens with what keeps it above zero through the file.
  await expect(page.getByTestId('import-opening')).toContainText('CN¥68.50');
  await page.getByRole('button', { name: 'Import 8 transactions' }).click();
  await expect(page.getByText('Imported 8 transactions')).toBeVisible();

  // The same WeChat bill again: every row is already there.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await readStatementFile(page, 'WeChat wallet', 'wechat.csv');
  await expect(stat(page, 'Already in Purse')).toContainText('6');
  await expect(page.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();

  await nav(page, 'Home').click();
  await expectBalance(page, 'WeChat wallet', 'CN¥66.50');
  await expectBalance(page, 'Alipay balance', 'CN¥2,938.00');
  await expect(
    page.getByRole('row', { name: /老王面馆 Food & dining · 早餐 Alipay balance -CN¥12\.00/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /李四 Red packets received WeChat wallet \+CN¥25\.00/ }),
  ).toBeVisible();
});

test('says why a file that is not CSV cannot be imported, and lists rejected rows by line', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Wallet', balance: '100.00' });
  await nav(page, 'Import').click();
  await choose(page, page, 'Import into', 'Wallet');
  await page.locator('input[type=file]').setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  });
  await expect(page.getByTestId('import-problem')).toContainText('This is not a CSV file');

  await page.locator('input[type=file]').setInputFiles({
    name: 'bank.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Date,Payee,Amount\n2025-03-01,Cafe,-3.50\n2025-02-30,Shop,-1.00\n'),
  });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByText('1 row was rejected')).toBeVisible();
  await expect(
    page.getByRole('row', { name: /3 This date does not exist 2025-02-30/ }),
  ).toBeVisible();
  const importButton = page.getByRole('button', { name: 'Import 1 transaction' });
  await expect(importButton).toBeDisabled();
  await page.getByText('Import only the 1 good rows').click();
  await importButton.click();
  await expect(page.getByText('Imported 1 transaction')).toBeVisible();
});

test('an import is taken back whole with Undo this import, and the balance is what it was', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'WeChat wallet', balance: '100.00' });
  await nav(page, 'Import').click();
  await readStatementFile(page, 'WeChat wallet', 'wechat.csv');
  await page.getByRole('button', { name: 'Import 6 transactions' }).click();
  await expect(page.getByText('Imported 6 transactions')).toBeVisible();
  await page.getByRole('button', { name: 'Undo this import' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Undo this import' }).click();
  await expect(page.getByText('Undone: the import.')).toBeVisible();
  // The Result's own button, not the closed confirmation's.
  await expect(page.getByRole('button', { name: 'Undo this import' }).first()).toBeDisabled();
  await nav(page, 'Home').click();
  await expectBalance(page, 'WeChat wallet', 'CN¥100.00');
});
