import { afterEach, describe, expect, it } from 'vitest';
import { importsCommitInput, type ImportProfileId } from '../../../src/shared/imports';
import type { StructuredRead } from '../../../src/shared/import/formats/structured-read';
import { freshLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { readOk } from '../../support/structured-fixtures';

let ledger: LedgerFixture;
afterEach(() => ledger?.close());

/** What the import screen sends for a structured statement. */
function commitInput(accountId: string, profile: ImportProfileId, read: StructuredRead) {
  return importsCommitInput.parse({
    accountId,
    timeZone: 'Europe/Berlin',
    profile,
    rows: [...read.rows],
    rejectedRows: read.rejectedCount,
    goodRowsOnly: false,
    ...(read.closingBalance ? { closingBalance: read.closingBalance } : {}),
  });
}

describe('importing structured statements into the ledger', () => {
  it('brings a CAMT statement from its opening to its closing balance, pairing the reversal', async () => {
    ledger = await freshLedger();
    const account = await ledger.api['accounts.create']({
      kind: 'bank_card',
      name: 'Girokonto',
      currency: 'EUR',
      openingBalance: 150000,
    });
    const read = await readOk('camt.053.001.02-dk-reversal.xml', {
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
    });
    const outcome = await ledger.api['imports.commit'](commitInput(account.id, 'camt', read));
    expect(outcome).toMatchObject({ imported: 7, refundsPaired: 1, duplicates: 0 });
    expect(outcome.balanceAfter).toBe(read.closingBalance?.amount);
  });

  it('finds every row of an OFX statement already there the second time, by its FITID', async () => {
    ledger = await freshLedger();
    const card = await ledger.api['accounts.create']({
      kind: 'credit_card',
      name: 'Visa',
      currency: 'USD',
      openingBalance: -30000,
    });
    const read = await readOk('ofx-1.0.2-credit-card.ofx', {
      currency: 'USD',
      timeZone: 'Europe/Berlin',
    });
    const first = await ledger.api['imports.commit'](commitInput(card.id, 'ofx', read));
    expect(first).toMatchObject({ imported: 6, balanceAfter: read.closingBalance?.amount });
    const again = await ledger.api['imports.check'](commitInput(card.id, 'ofx', read));
    expect(again).toMatchObject({ imported: 0, duplicates: 6 });
  });

  it('imports a QIF split as a split transaction, its lines’ memos kept, unless a category was chosen', async () => {
    ledger = await freshLedger();
    const account = await ledger.api['accounts.create']({
      kind: 'bank_card',
      name: 'Checking',
      currency: 'USD',
      openingBalance: 0,
    });
    const read = await readOk('qif-quicken-bank-splits.qif', {
      currency: 'USD',
      timeZone: 'Europe/Berlin',
    });
    const plan = await ledger.api['imports.check'](commitInput(account.id, 'qif', read));
    const hardware = plan.planned.find((row) => row.counterparty === 'Hardware & Garden')!;
    expect(hardware.splitLines).toBe(2);
    await ledger.api['imports.commit'](commitInput(account.id, 'qif', read));
    const page = await ledger.api['history.page']({ filters: { text: 'Hardware' } });
    const split = page.items[0]!;
    expect(split.categoryId).toBeUndefined();
    expect(split.splits?.map((line) => [line.amount, line.memo])).toEqual([
      [8000, 'Paint'],
      [4000, 'Seeds'],
    ]);
    const detail = await ledger.api['transactions.get']({ id: split.id });
    expect(
      detail.postings.filter((posting) => posting.ledgerAccount.startsWith('category:')),
    ).toHaveLength(2);
    expect((await ledger.api['ledger.verify'](undefined)).problems).toEqual([]);

    const other = await freshLedger();
    try {
      const again = await other.api['accounts.create']({
        kind: 'bank_card',
        name: 'Checking',
        currency: 'USD',
        openingBalance: 0,
      });
      const categories = await other.api['categories.list']({ kind: 'expense' });
      const chosen = categories[0]!.id;
      const input = commitInput(again.id, 'qif', read);
      await other.api['imports.commit']({
        ...input,
        rows: input.rows.map((row) =>
          row.counterparty === 'Hardware & Garden' ? { ...row, categoryId: chosen } : row,
        ),
      });
      const [one] = (await other.api['history.page']({ filters: { text: 'Hardware' } })).items;
      expect(one).toMatchObject({ categoryId: chosen });
      expect(one!.splits).toBeUndefined();
    } finally {
      other.close();
    }
  });
});
