import { fileURLToPath } from 'node:url';
import type { Locator } from '@playwright/test';
import { choose } from '../../../test/e2e/support/purse';
import { createAccounts } from '../../../test/e2e/support/purse-calls';
import { uiPattern } from '../../../test/e2e/support/ui-text';
import { showScreen } from '../screen';
import { namesIn, type Bilingual } from '../seeds/names';
import { inBoth, type Scene, type Seed, type Shot } from '../shot';

const ALIPAY_EXPORT = fileURLToPath(
  new URL('../../../test/fixtures/import/alipay.gbk.csv', import.meta.url),
);
/** A bank file with a date that could be either way round, one that can't be, and a broken row. */
const DOUBTFUL_FILE = {
  name: 'bank.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'Date,Payee,Amount\n04/03/2025,Cafe,-3.50\n30/02/2025,Shop,-1.00\n05/03/2025,Bar,"-2.00\n',
  ),
};

type StatementFile = Parameters<Locator['setInputFiles']>[0];

const ACCOUNT: Bilingual<'name'> = { name: ['Alipay balance', '支付宝余额'] };

const emptyWallet: Seed = async (purse, language) => {
  await createAccounts(purse, {
    wallet: { kind: 'wallet', name: namesIn(ACCOUNT, language).name, openingBalance: 0 },
  });
};

/** Every step with the Alipay export, then a file with rows it cannot take. */
async function importTwoFiles({ page, language, t, snap }: Scene): Promise<void> {
  const read = page.getByRole('button', { name: t('import.read') });
  const another = page.getByRole('button', { name: t('import.another') });
  /** Chooses the account and the file, then reads it: a picture of each step. */
  const readFile = async (file: StatementFile, mapped: string, checked: string) => {
    await choose(page, page, t('import.account'), namesIn(ACCOUNT, language).name);
    await page.locator('input[type=file]').setInputFiles(file);
    await read.waitFor();
    await snap(mapped);
    const doubt = page.getByTestId('import-ambiguous');
    if (await doubt.isVisible()) await doubt.getByRole('checkbox').check();
    await read.click();
    await page.getByTestId('import-stats').waitFor();
    await snap(checked);
  };
  await showScreen(page, '#/import');
  await page.locator('input[type=file]').waitFor({ state: 'attached' });
  await snap('import-1-choose');
  await readFile(ALIPAY_EXPORT, 'import-2-map', 'import-3-check');
  await page.getByRole('button', { name: uiPattern('import.commit_other') }).click();
  await another.waitFor();
  await snap('import-4-done');
  await another.click();
  await readFile(DOUBTFUL_FILE, 'import-5-ambiguous', 'import-6-rejected');
}

/** The Import screen, step by step (one journey, six pictures). */
export const importShots: readonly Shot[] = inBoth({
  name: 'import',
  start: emptyWallet,
  steps: importTwoFiles,
});

const GERMAN_BANK = fileURLToPath(
  new URL('../../../test/fixtures/import/de-volksbank.cp1252.csv', import.meta.url),
);
const GIRO: Bilingual<'name'> = { name: ['Girokonto', '德国活期账户'] };

const emptyEuroAccount: Seed = async (purse, language) => {
  await createAccounts(purse, {
    giro: {
      kind: 'bank_card',
      name: namesIn(GIRO, language).name,
      currency: 'EUR',
      openingBalance: 0,
    },
  });
};

/** A German bank's CSV: what detection found, the rows as read, the preview. */
async function importGermanBank({ page, language, t, snap }: Scene): Promise<void> {
  await showScreen(page, '#/import');
  await choose(page, page, t('import.account'), namesIn(GIRO, language).name);
  await page.locator('input[type=file]').setInputFiles(GERMAN_BANK);
  await page.getByTestId('import-as-read').waitFor();
  await snap('import-bank-1-detected');
  await page.getByRole('button', { name: t('import.read') }).click();
  await page.getByTestId('import-planned').waitFor();
  await snap('import-bank-2-preview');
}

export const bankImportShots: readonly Shot[] = inBoth({
  name: 'import-bank',
  start: emptyEuroAccount,
  steps: importGermanBank,
});
