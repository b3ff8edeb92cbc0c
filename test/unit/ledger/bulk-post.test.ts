import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../../bench/generator/generate-ledger';
import {
  createPurseBooks,
  purseDraftChunks,
  type PurseIds,
} from '../../../bench/generator/write-purse';
import { bulkPostTransactions, type BulkDraft } from '../../../src/ledger/engine/bulk/bulk-post';
import { moneyTables, type EngineContext } from '../../../src/ledger/engine/context';
import { postTransaction } from '../../../src/ledger/engine/post-transaction';
import type { PurseDb } from '../../../src/ledger/db';
import { ledgersClosedAfterEach, moneySnapshot } from '../../support/ledger-fixture';
import { allRows } from '../../../src/ledger/engine/aggregate-sheets';

const openFreshLedger = ledgersClosedAfterEach();

async function booked(size: number) {
  const fixture = await openFreshLedger();
  const generated = generateLedger(size, 7);
  const ids = await createPurseBooks(fixture.api, generated);
  const ctx: EngineContext = { db: fixture.db, clock: fixture.clock, timeZone: 'Asia/Shanghai' };
  const drafts = [...purseDraftChunks(generated, ids, size)].flat();
  return { fixture, ctx, ids, drafts };
}

/** Balances and aggregates with Purse's random ids replaced by the generator's keys. */
async function byKey(db: PurseDb, ids: PurseIds) {
  const names = new Map<string, string>();
  for (const map of [ids.accounts, ids.counterparties, ids.categories])
    for (const [key, id] of map) names.set(id, key);
  const rename = (id: string) => names.get(id) ?? id;
  const accounts = (await db.accounts.toArray()).map((a) => `${rename(a.id)}=${a.balance}`).sort();
  const aggregates = (await allRows(db.aggregates))
    .map(
      (row) =>
        `${row.scope}|${rename(row.scopeId)}|${row.month}|${row.debit}/${row.credit}/${row.count}`,
    )
    .sort();
  return { accounts, aggregates };
}

describe('bulkPostTransactions', () => {
  it('imports a generated ledger in one call and every invariant holds', async () => {
    const { fixture, ctx, drafts } = await booked(300);
    const result = await bulkPostTransactions(ctx, drafts);
    expect(result.ids).toHaveLength(300);
    const report = await fixture.api['ledger.verify'](undefined);
    expect(report.problems).toEqual([]);
    // 300 imported plus the opening balances of the accounts that have one.
    expect(report.checked.transactions).toBe(300 + 5);
  });

  it('gives the same balances and monthly aggregates as posting one by one', async () => {
    const bulk = await booked(250);
    for (let from = 0; from < bulk.drafts.length; from += 100)
      await bulkPostTransactions(bulk.ctx, bulk.drafts.slice(from, from + 100));

    const single = await booked(250);
    const accounts = new Map((await single.fixture.db.accounts.toArray()).map((a) => [a.id, a]));
    for (const draft of single.drafts) {
      const { id: _unused, ...plain } = draft;
      void _unused;
      await single.fixture.db.transaction('rw', moneyTables(single.fixture.db), async () => {
        const touched = new Map(
          plain.postings
            .filter((p) => accounts.has(p.ledgerAccount))
            .map((p) => [p.ledgerAccount, accounts.get(p.ledgerAccount)!]),
        );
        await postTransaction(single.ctx, plain, touched);
      });
      for (const account of await single.fixture.db.accounts.toArray())
        accounts.set(account.id, account);
    }

    expect(await byKey(bulk.fixture.db, bulk.ids)).toEqual(
      await byKey(single.fixture.db, single.ids),
    );
    expect((await single.fixture.api['ledger.verify'](undefined)).problems).toEqual([]);
  });

  it('adds to the aggregate rows already stored in the periods a call spans', async () => {
    const { fixture, ctx, drafts } = await booked(240);
    // Every other draft first, then the rest: each row of the second call exists already.
    await bulkPostTransactions(
      ctx,
      drafts.filter((_, index) => index % 2 === 0),
    );
    await bulkPostTransactions(
      ctx,
      drafts.filter((_, index) => index % 2 === 1),
    );
    const report = await fixture.api['ledger.verify'](undefined);
    expect(report.problems).toEqual([]);
  });

  it('rejects the whole call when one transaction does not balance and leaves the ledger unchanged', async () => {
    const { fixture, ctx, drafts } = await booked(50);
    const before = await moneySnapshot(fixture.db);
    const broken: BulkDraft[] = drafts.map((draft, index) =>
      index === 37
        ? { ...draft, postings: [draft.postings[0]!, { ...draft.postings[1]!, amount: 1 }] }
        : draft,
    );
    await expect(bulkPostTransactions(ctx, broken)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Transaction 38') as unknown,
    });
    expect(await moneySnapshot(fixture.db)).toEqual(before);
  });

  it('rejects unknown accounts, categories, mismatched currencies and fractional amounts', async () => {
    const { fixture, ctx, drafts, ids } = await booked(20);
    const before = await moneySnapshot(fixture.db);
    const first = drafts[0]!;
    const usd = ids.accounts.get('usd')!;
    const cases: BulkDraft[] = [
      {
        ...first,
        postings: [
          { ledgerAccount: 'nope', amount: -5 },
          { ledgerAccount: 'category:x', amount: 5 },
        ],
      },
      { ...first, categoryId: '00000000-0000-7000-8000-000000000000' },
      {
        ...first,
        currency: 'CNY',
        postings: [first.postings[0]!, { ledgerAccount: usd, amount: -first.postings[0]!.amount }],
      },
      { ...first, amount: 1.5 },
    ];
    for (const bad of cases) {
      await expect(bulkPostTransactions(ctx, [...drafts.slice(1), bad])).rejects.toMatchObject({
        code: 'VALIDATION',
      });
    }
    expect(await moneySnapshot(fixture.db)).toEqual(before);
    expect((await fixture.api['ledger.verify'](undefined)).problems).toEqual([]);
  });
});
