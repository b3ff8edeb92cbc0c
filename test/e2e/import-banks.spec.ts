import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { freshProfile, openHarness, send, tally, type PurseCall } from './support/concurrent-calls';
import { addAccount, choose, expectBalance, nav, openPurse } from './support/purse';
import { purseIn, TIME_ZONE } from './support/purse-calls';
import { fixtureBytes, readAll } from '../support/import-fixtures';

const FIXTURES = fileURLToPath(new URL('../fixtures/import', import.meta.url));

/** Chooses the account and the file on the Import screen, up to the mapping step. */
async function chooseStatement(page: Page, account: string, file: string): Promise<void> {
  await nav(page, 'Import').click();
  await choose(page, page, 'Import into', account);
  await page.locator('input[type=file]').setInputFiles(join(FIXTURES, file));
  await expect(page.getByTestId('import-as-read')).toBeVisible();
}

test('a German bank’s CSV reads by its content and the new account ends at the statement’s balance', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPurse(page);
  await addAccount(page, { kind: 'Bank card', name: 'Girokonto', currency: 'EUR' });
  await chooseStatement(page, 'Girokonto', 'de-volksbank.cp1252.csv');

  const reading = page.getByTestId('import-reading');
  await expect(reading.getByText('Windows-1252 (Western Europe)')).toBeVisible();
  await expect(reading.getByText('Semicolon ;')).toBeVisible();
  await expect(reading.getByText(/^Line 11: Buchungstag/)).toBeVisible();
  const asRead = page.getByTestId('import-as-read');
  await expect(asRead.getByRole('row', { name: /Müller Drogeriemarkt/ })).toContainText('-€19.95');
  await expect(asRead.getByRole('row', { name: /Musterfirma GmbH/ })).toContainText('€2,431.77');

  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByTestId('import-opening')).toContainText('€1,204.13');
  await expect(page.getByTestId('import-matches')).toBeVisible();
  const planned = page.getByTestId('import-planned');
  await expect(planned.getByRole('row', { name: /Refund, matched to its payment/ })).toContainText(
    'Stadtwerke Musterstadt',
  );
  await page.getByRole('button', { name: 'Import 6 transactions' }).click();
  await expect(page.getByText('Imported 6 transactions')).toBeVisible();
  await nav(page, 'Home').click();
  await expectBalance(page, 'Girokonto', '€2,720.75');
});

test('a UK bank’s CSV with a preamble and a running balance: the chosen category is kept', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPurse(page);
  await addAccount(page, { kind: 'Bank card', name: 'FlexAccount', currency: 'GBP' });
  await chooseStatement(page, 'FlexAccount', 'uk-nationwide.cp1252.csv');
  await expect(page.getByTestId('import-reading').getByText(/^Line 5: Date/)).toBeVisible();
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByTestId('import-opening')).toContainText('£733.84');
  const tesco = page.getByTestId('import-planned').getByRole('row', { name: /TESCO STORES/ });
  await choose(tesco, page, /.*/, 'Groceries');
  await page.getByRole('button', { name: 'Import 5 transactions' }).click();
  await expect(page.getByText('Imported 5 transactions')).toBeVisible();
  await nav(page, 'Home').click();
  await expectBalance(page, 'FlexAccount', '£3,654.29');
  await nav(page, 'History').click();
  const tescoEntry = page
    .locator('*', { has: page.getByRole('button', { name: 'Open TESCO STORES 3345' }) })
    .last();
  await expect(tescoEntry).toContainText('Groceries');
});

test('a file whose dates read either way round is read only once the person has checked it', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Wallet', balance: '100.00' });
  await nav(page, 'Import').click();
  await choose(page, page, 'Import into', 'Wallet');
  await page.locator('input[type=file]').setInputFiles({
    name: 'bank.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Date;Payee;Amount\n04/03/2026;Cafe;-3,50\n05/03/2026;Bar;-2,00\n'),
  });
  const read = page.getByRole('button', { name: 'Read the file' });
  await expect(page.getByTestId('import-ambiguous')).toContainText('The date order');
  await expect(read).toBeDisabled();
  // The first rows follow the settings at once: month first makes 04/03 the 3rd of April.
  await page.getByText('Month first (April 3)').click();
  await expect(page.getByTestId('import-as-read')).toContainText('Apr 3, 2026');
  await page.getByTestId('import-ambiguous').getByRole('checkbox').check();
  await read.click();
  await expect(page.getByRole('button', { name: 'Import 2 transactions' })).toBeEnabled();
});

test('five imports of one statement sent together end as five sent one after another', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { rows, closingBalance } = await readAll(fixtureBytes('uk-lloyds.csv'), {
    currency: 'GBP',
  });
  const serial = await freshProfile(browser);
  const answers: Record<string, { outcomes: string[]; balance?: number; openings: number }> = {};
  for (const [sending, on] of [
    ['together', page],
    ['one after another', serial.page],
  ] as const) {
    await openHarness(on);
    const purse = purseIn(on);
    await purse.security.setupPin({ pin: '258013' });
    const account = await purse.accounts.create({
      kind: 'bank_card',
      name: 'Lloyds',
      currency: 'GBP',
      openingBalance: 0,
      timeZone: TIME_ZONE,
    });
    const calls: PurseCall[] = Array.from({ length: 5 }, () => ({
      method: 'imports.commit',
      input: {
        accountId: account.id,
        timeZone: TIME_ZONE,
        profile: 'generic',
        rows,
        rejectedRows: 0,
        goodRowsOnly: false,
        closingBalance,
      },
    }));
    const outcomes = await send(on, calls, sending);
    const [after] = (await purse.accounts.list({})).filter((a) => a.id === account.id);
    const recent = await purse.transactions.recent({ limit: 50 });
    const report = await purse.ledger.verify();
    expect(report.problems, `ledger.verify after imports sent ${sending}`).toEqual([]);
    answers[sending] = {
      outcomes,
      balance: after?.balance,
      openings: recent.filter((t) => t.kind === 'opening').length,
    };
  }
  await serial.close();
  const once = answers['one after another']!;
  expect(tally(answers.together!.outcomes)).toEqual(tally(once.outcomes));
  expect(once.balance).toBe(151_023);
  expect(answers.together!.balance).toBe(151_023);
  expect([answers.together!.openings, once.openings]).toEqual([1, 1]);
});
