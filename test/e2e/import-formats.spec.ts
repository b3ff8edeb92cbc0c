import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import {
  accountRow,
  addAccount,
  choose,
  expectBalance,
  fillAccount,
  nav,
  openPurse,
} from './support/purse';

const FIXTURES = fileURLToPath(new URL('../fixtures/import', import.meta.url));

/** Adds an account in a currency other than the default, the way a person does. */
async function addAccountIn(
  page: Page,
  account: { kind: string; name: string; currency: string; balance: string },
): Promise<void> {
  const dialog = await fillAccount(page, account);
  await choose(dialog, page, 'Currency', account.currency);
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog).toBeHidden();
  await expect(accountRow(page, account.name)).toBeVisible();
}

/** Chooses the account and the file on the Import screen. */
async function chooseStatement(page: Page, account: string, file: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Import a statement', level: 1 })).toBeVisible();
  await choose(page, page, 'Import into', account);
  await page.locator('input[type=file]').setInputFiles(join(FIXTURES, file));
}

function stat(page: Page, title: string) {
  return page.getByTestId('import-stats').locator('.ant-statistic').filter({ hasText: title });
}

/**
 * Searches History's payees and memos, as a person looks for a transaction, and returns the
 * list once it shows what was found.
 */
async function findInHistory(page: Page, text: string, count: number) {
  const search = page.getByLabel('Search payee and memo');
  await search.fill(text);
  await search.press('Enter');
  const list = page.getByRole('region', { name: 'Transactions' });
  await expect(list.getByRole('button', { name: /^Open / })).toHaveCount(count);
  return list;
}

test('imports an OFX credit card statement and a CAMT bank statement, then finds their rows in History', async ({
  page,
}) => {
  // Two accounts, two imports and History: longer than one screen's test.
  test.setTimeout(180_000);
  await openPurse(page);
  await addAccountIn(page, {
    kind: 'Credit card',
    name: 'Visa',
    currency: 'USD',
    balance: '-300.00',
  });
  await addAccountIn(page, {
    kind: 'Bank card',
    name: 'Girokonto',
    currency: 'EUR',
    balance: '1,500.00',
  });

  await nav(page, 'Import').click();
  await chooseStatement(page, 'Visa', 'ofx-1.0.2-credit-card.ofx');
  // Nothing to map: straight to the check, saying what was read.
  await expect(page.getByTestId('import-profile')).toHaveText('OFX / QFX (Quicken, Money)');
  await expect(page.getByText('credit card statement')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'First rows of the file' })).toHaveCount(0);
  await expect(stat(page, 'New transactions')).toContainText('6');
  await expect(page.getByTestId('import-closing-balance')).toContainText('-$115.45');
  await page.getByRole('button', { name: 'Import 6 transactions' }).click();
  await expect(page.getByText('Imported 6 transactions')).toBeVisible();

  await page.getByRole('button', { name: 'Import another file' }).click();
  await chooseStatement(page, 'Girokonto', 'camt.053.001.02-dk-reversal.xml');
  await expect(page.getByTestId('import-profile')).toHaveText('ISO 20022 CAMT.053 / .052');
  await expect(page.getByText('version camt.053.001.02')).toBeVisible();
  await expect(page.getByText('1 entry the bank has not booked yet was left out.')).toBeVisible();
  await expect(stat(page, 'New transactions')).toContainText('7');
  await expect(page.getByText('1 refund paired with its payment')).toBeVisible();
  await page.getByRole('button', { name: 'Import 7 transactions' }).click();
  await expect(page.getByText('Imported 7 transactions')).toBeVisible();

  // Each account ends where its statement says it closed.
  await nav(page, 'Home').click();
  await expectBalance(page, 'Visa', '-$115.45');
  await expectBalance(page, 'Girokonto', '€3,045.80');

  await nav(page, 'History').click();
  await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
  // Both opening balances, the card's 6 transactions and the bank's 7.
  await expect(page.getByText('That is all: 15 transactions.')).toBeVisible();
  const cafe = await findInHistory(page, 'BEAN & LEAF', 1);
  await expect(cafe).toContainText('Jan 12, 2024');
  await expect(cafe).toContainText('-$18.75');
  await expect(await findInHistory(page, 'Buchhandlung', 1)).toContainText(
    'Kartenzahlung 02.01. 18:44',
  );
  // The returned direct debit is a refund of the debit it reverses.
  const utility = await findInHistory(page, 'Stadtwerke', 2);
  await expect(utility).toContainText('Refund');
  await expect(utility).toContainText('+€120.00');
  await expect(utility).toContainText('-€120.00');
  // The batch is one row per payment in it; the pending card payment is not there.
  await expect(await findInHistory(page, 'Klangwerk', 1)).toContainText('-€24.30');
  await findInHistory(page, 'Tankstelle', 0);
  await expect(page.getByText('Nothing matches these filters')).toBeVisible();
});

test('refuses a statement in another currency and an OFX file cut short, importing nothing', async ({
  page,
}) => {
  await openPurse(page);
  await addAccountIn(page, {
    kind: 'Bank card',
    name: 'Checking',
    currency: 'USD',
    balance: '100.00',
  });
  await nav(page, 'Import').click();
  await chooseStatement(page, 'Checking', 'camt.053.001.02-dk-reversal.xml');
  await expect(page.getByTestId('import-problem')).toContainText(
    'This statement is in EUR, but the account is in USD. Nothing was imported and nothing was converted',
  );

  // An OFX named .txt is still read as OFX, and its missing end tag is named.
  await page.locator('input[type=file]').setInputFiles({
    name: 'statement.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKTRANLIST>' +
        '<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-1.00<FITID>1' +
        '</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>',
    ),
  });
  await expect(page.getByTestId('import-problem')).toContainText(
    '<STMTTRN> opens and never closes',
  );

  await nav(page, 'Home').click();
  await expectBalance(page, 'Checking', '$100.00');
});

test('reads a QIF file whose dates fit either order month first, and again day first when asked', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Cash', name: 'Pocket', balance: '100.00' });
  await nav(page, 'Import').click();
  await choose(page, page, 'Import into', 'Pocket');
  await page.locator('input[type=file]').setInputFiles({
    name: 'pocket.qif',
    mimeType: 'application/qif',
    buffer: Buffer.from(
      '!Type:Cash\nD03/04/2024\nT-12.00\nPNoodle bar\n^\nD05/04/2024\nT-3.00\nPBus\n^\n',
    ),
  });
  await expect(page.getByTestId('import-profile')).toHaveText('QIF (Quicken Interchange)');
  await expect(page.getByText('They were read month first, as Quicken writes them')).toBeVisible();
  await expect(page.getByLabel('Month first (April 3)')).toBeChecked();
  await page.getByText('Day first (4 March)').click();
  await expect(page.getByLabel('Day first (4 March)')).toBeChecked();
  await page.getByRole('button', { name: 'Import 2 transactions' }).click();
  await expect(page.getByText('Imported 2 transactions')).toBeVisible();

  await nav(page, 'History').click();
  await expect(await findInHistory(page, 'Noodle bar', 1)).toContainText('Apr 3, 2024');
});
