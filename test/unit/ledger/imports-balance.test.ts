import { afterEach, describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../src/shared/imports';
import { PurseError } from '../../../src/shared/errors';
import {
  categoryByBuiltin,
  freshLedger,
  moneySnapshot,
  type LedgerFixture,
} from '../../support/ledger-fixture';
import { fixtureBytes, readAll } from '../../support/import-fixtures';

let ledger: LedgerFixture;
afterEach(() => ledger?.close());

async function statement(name: string, currency: 'GBP' | 'EUR') {
  const read = await readAll(fixtureBytes(name), { currency });
  return {
    rows: [...read.rows],
    ...(read.closingBalance ? { closingBalance: read.closingBalance } : {}),
  };
}

function input(accountId: string, file: { rows: ImportRow[]; closingBalance?: object }) {
  return {
    accountId,
    timeZone: 'Asia/Shanghai',
    profile: 'generic' as const,
    rejectedRows: 0,
    goodRowsOnly: false,
    ...file,
  } as Parameters<LedgerFixture['api']['imports.commit']>[0];
}

async function account(currency: 'GBP' | 'EUR', openingBalance = 0) {
  return ledger.api['accounts.create']({
    kind: 'bank_card',
    name: 'Current account',
    currency,
    openingBalance,
  });
}

describe('importing a statement into a new account', () => {
  it('opens the account so that it ends at the balance the statement states', async () => {
    ledger = await freshLedger();
    const current = await account('GBP');
    const file = await statement('uk-nationwide.cp1252.csv', 'GBP');
    const outcome = await ledger.api['imports.commit'](input(current.id, file));
    expect(outcome).toMatchObject({
      imported: 5,
      openingBalance: 73_384,
      balanceAfter: 365_429,
      statedBalance: 365_429,
      balanceDifference: 0,
    });
    const [after] = await ledger.api['accounts.list'](undefined);
    expect(after!.balance).toBe(365_429);
    expect(await ledger.api['ledger.verify'](undefined)).toMatchObject({ ok: true });
  });

  it('opens an empty account without a stated balance at what keeps it from going below zero', async () => {
    ledger = await freshLedger();
    const current = await account('EUR');
    const rows: ImportRow[] = [
      { line: 2, occurredAt: Date.UTC(2026, 10, 1), amount: -5_000, counterparty: 'REWE' },
      { line: 3, occurredAt: Date.UTC(2026, 10, 2), amount: 20_000, counterparty: 'Lohn' },
      { line: 4, occurredAt: Date.UTC(2026, 10, 3), amount: -17_000, counterparty: 'Miete' },
    ];
    const outcome = await ledger.api['imports.commit'](input(current.id, { rows }));
    expect(outcome).toMatchObject({ openingBalance: 5_000, balanceAfter: 3_000 });
    const recent = await ledger.api['transactions.recent']({ limit: 10 });
    expect(recent.filter((t) => t.kind === 'opening').map((t) => t.amount)).toEqual([5_000]);
  });

  it('shows how far an account with history is from the stated balance, and still imports', async () => {
    ledger = await freshLedger();
    const current = await account('GBP', 100_000);
    const file = await statement('uk-nationwide.cp1252.csv', 'GBP');
    const checked = await ledger.api['imports.check'](input(current.id, file));
    expect(checked).toMatchObject({
      imported: 5,
      balanceAfter: 100_000 + 292_045,
      statedBalance: 365_429,
      balanceDifference: 365_429 - 392_045,
    });
    expect(checked.openingBalance).toBeUndefined();
    const outcome = await ledger.api['imports.commit'](input(current.id, file));
    expect(outcome.balanceAfter).toBe(392_045);
  });

  it('imports the same statement sent twice at once as it would one after the other', async () => {
    ledger = await freshLedger();
    const current = await account('GBP');
    const file = await statement('uk-nationwide.cp1252.csv', 'GBP');
    const outcomes = await Promise.all([
      ledger.api['imports.commit'](input(current.id, file)),
      ledger.api['imports.commit'](input(current.id, file)),
    ]);
    expect(outcomes.map((o) => o.imported).sort()).toEqual([0, 5]);
    expect(outcomes.map((o) => o.duplicates).sort()).toEqual([0, 5]);
    const [after] = await ledger.api['accounts.list'](undefined);
    expect(after!.balance).toBe(365_429);
    const recent = await ledger.api['transactions.recent']({ limit: 20 });
    expect(recent.filter((t) => t.kind === 'opening')).toHaveLength(1);
    expect(await ledger.api['ledger.verify'](undefined)).toMatchObject({ ok: true });
  });
});

describe('the check step’s preview', () => {
  it('lists every row with the category it will get, and the duplicates', async () => {
    ledger = await freshLedger();
    const current = await account('GBP');
    const file = await statement('uk-lloyds.csv', 'GBP');
    await ledger.api['imports.commit'](input(current.id, { rows: file.rows.slice(0, 2) }));
    const checked = await ledger.api['imports.check'](input(current.id, file));
    expect(checked.planned.map((row) => row.status)).toEqual([
      'new',
      'new',
      'duplicate',
      'duplicate',
    ]);
    expect(
      checked.planned.filter((row) => row.status === 'new').every((row) => row.categoryId),
    ).toBe(true);
  });

  it('uses the category the person chose for a row', async () => {
    ledger = await freshLedger();
    const current = await account('GBP');
    const file = await statement('uk-lloyds.csv', 'GBP');
    const groceries = await categoryByBuiltin(ledger.api, 'groceries');
    const tesco = file.rows.find((row) => row.counterparty === 'TESCO STORES 3345')!;
    const rows = file.rows.map((row) =>
      row === tesco ? { ...row, categoryId: groceries.id } : row,
    );
    await ledger.api['imports.commit'](input(current.id, { rows }));
    const recent = await ledger.api['transactions.recent']({ limit: 10 });
    expect(recent.find((t) => t.amount === 2_345)!.categoryId).toBe(groceries.id);
  });

  it('refuses a chosen category of the wrong kind and writes nothing', async () => {
    ledger = await freshLedger();
    const current = await account('GBP');
    const file = await statement('uk-lloyds.csv', 'GBP');
    const salary = await categoryByBuiltin(ledger.api, 'salary');
    const before = await moneySnapshot(ledger.db);
    const rows = file.rows.map((row) => (row.amount < 0 ? { ...row, categoryId: salary.id } : row));
    const error = await ledger.api['imports.commit'](input(current.id, { rows })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PurseError);
    expect((error as PurseError).code).toBe('VALIDATION');
    expect(await moneySnapshot(ledger.db)).toEqual(before);
  });
});

describe('reversals', () => {
  it('pairs a German bank’s Rückbuchung with the direct debit it reverses', async () => {
    ledger = await freshLedger();
    const current = await account('EUR');
    const file = await statement('de-volksbank.cp1252.csv', 'EUR');
    const outcome = await ledger.api['imports.commit'](input(current.id, file));
    expect(outcome).toMatchObject({
      refundsPaired: 1,
      balanceAfter: 272_075,
      balanceDifference: 0,
    });
    const recent = await ledger.api['transactions.recent']({ limit: 20 });
    const reversal = recent.find((t) => t.kind === 'refund')!;
    const debit = recent.find((t) => t.id === reversal.refundOf)!;
    expect(debit).toMatchObject({ kind: 'expense', amount: 7_800 });
    expect(reversal.categoryId).toBe(debit.categoryId);
  });
});
