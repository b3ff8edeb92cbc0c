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
});
