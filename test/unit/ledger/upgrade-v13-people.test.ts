import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from '../../../src/ledger/crypto/field-cipher';
import { sealLedger, type AggregateSheet } from '../../../src/ledger/db';
import { allRows } from '../../../src/ledger/engine/aggregate-sheets';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../src/ledger/migrations';
import { BLOCKS_TABLE } from '../../../src/ledger/blocks/transaction-blocks';
import { sealBackup } from '../../../src/ledger/engine/backup/backup';
import { openLedger } from '../../../src/ledger/open-ledger';
import { newId } from '../../../src/shared/ids';
import {
  ledgersClosedAfterEach,
  walletWith,
  type LedgerFixture,
} from '../../support/ledger-fixture';
import { withPostingsApart } from '../../support/older-layouts';

const TZ = 'Asia/Shanghai';
const openFreshLedger = ledgersClosedAfterEach();

/** Two transfers to one contact in November, one to another in December, and a payment. */
async function ledgerWithTransfersToPeople(): Promise<LedgerFixture> {
  const fx = await openFreshLedger();
  const wallet = await walletWith(fx.api, 1_000_000);
  const send = (to: object, amount: number) =>
    fx.internal['transfers.commit']({
      requestId: newId(),
      accountId: wallet.id,
      to: to as { newContact: { name: string } },
      amount,
      timeZone: TZ,
      stepUpPassed: true,
    });
  fx.clock.set(Date.UTC(2026, 10, 3, 4));
  const first = await send({ newContact: { name: 'Li Lei' } }, 5_000);
  const lilei = first.transaction.counterpartyId!;
  await send({ contactId: lilei }, 2_500);
  fx.clock.set(Date.UTC(2026, 11, 8, 4));
  await send({ newContact: { name: 'Han Meimei' } }, 8_800);
  await fx.internal['payments.commit']({
    requestId: newId(),
    accountId: wallet.id,
    merchant: { name: 'Corner Shop' },
    amount: 1_990,
    timeZone: TZ,
    stepUpPassed: true,
  });
  return fx;
}

/**
 * Every table's rows as schema v12 held them: the tables v12 had, as they are now, less the
 * `people` entries.
 */
async function tablesOfVersion12(fx: LedgerFixture): Promise<Record<string, object[]>> {
  const tables: Record<string, object[]> = {};
  const v12 = SCHEMA_VERSIONS.find((v) => v.version === 12)!.stores;
  for (const table of fx.db.tables) {
    if (table.name === BLOCKS_TABLE || !Object.hasOwn(v12, table.name)) continue;
    tables[table.name] = (await table.toArray()) as object[];
  }
  tables['aggregates'] = (tables['aggregates'] as AggregateSheet[]).map((sheet) => ({
    id: sheet.id,
    entries: Object.fromEntries(
      Object.entries(sheet.entries).filter(([key]) => !key.startsWith('people|')),
    ),
  }));
  return withPostingsApart(tables as Record<string, Record<string, unknown>[]>);
}

/** The ledger's rows in a database of schema v12 named `name`, sealed with the same key. */
async function asVersion12(fx: LedgerFixture, name: string): Promise<void> {
  const tables = await tablesOfVersion12(fx);
  const old = new Dexie(name);
  sealLedger(old, new FieldCipher(fx.dataKey));
  for (const step of SCHEMA_VERSIONS.filter((v) => v.version <= 12))
    old.version(step.version).stores(step.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    // Adding the transactions builds their blocks (the blocks middleware).
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe('schema v13: money to people per month', () => {
  it('builds the money sent to each contact per month from the postings of a v12 ledger', async () => {
    const fx = await ledgerWithTransfersToPeople();
    const people = (await allRows(fx.db.aggregates)).filter((row) => row.scope === 'people');
    expect(people.map(({ id, debit, credit, count }) => ({ id, debit, credit, count }))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ debit: 7_500, credit: 0, count: 2 }),
        expect.objectContaining({ debit: 8_800, credit: 0, count: 1 }),
      ]),
    );
    expect(people).toHaveLength(2);

    const name = `upgrade-v13-${Math.random()}`;
    await asVersion12(fx, name);
    const upgraded = await openLedger({ name, dataKey: fx.dataKey, clock: fx.clock, timeZone: TZ });
    try {
      expect(upgraded.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect((await upgraded.api['ledger.verify'](undefined)).problems).toEqual([]);
      const rebuilt = (await allRows(upgraded.db.aggregates)).filter((r) => r.scope === 'people');
      const byId = (rows: typeof people) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(rebuilt)).toEqual(byId(people));
    } finally {
      upgraded.close();
    }
  });

  it('rebuilds them when a backup made before v13 is restored', async () => {
    const fx = await ledgerWithTransfersToPeople();
    const before = (await allRows(fx.db.aggregates)).sort((a, b) => a.id.localeCompare(b.id));
    const tables = (await tablesOfVersion12(fx)) as Record<string, Record<string, unknown>[]>;
    const file = await sealBackup(
      { schemaVersion: 12, createdAt: fx.clock.now(), tables },
      { passphrase: 'a long enough passphrase', logN: 14 },
    );
    await fx.db.aggregates.clear();
    const restored = await fx.internal['backups.restore']({
      file,
      passphrase: 'a long enough passphrase',
      confirm: true,
    });
    expect(restored.restored).toBe(true);
    expect((await allRows(fx.db.aggregates)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      before,
    );
  });

  it('is what verify checks: a people row that differs from the postings is reported', async () => {
    const fx = await ledgerWithTransfersToPeople();
    const sheet = (await fx.db.aggregates.get('month|2026-11'))!;
    const key = Object.keys(sheet.entries).find((entry) => entry.startsWith('people|'))!;
    await fx.db.aggregates.put({ ...sheet, entries: { ...sheet.entries, [key]: [7_000, 0, 2] } });
    const { problems } = await fx.api['ledger.verify'](undefined);
    expect(problems).toEqual([
      expect.stringMatching(/^aggregate people\|.*\|2026-11\|CNY is 7000/),
    ]);
  });
});
