import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FieldCipher } from '../../../../../src/ledger/crypto/field-cipher';
import {
  bulkPostTransactions,
  type BulkDraft,
} from '../../../../../src/ledger/engine/bulk/bulk-post';
import type { EngineContext } from '../../../../../src/ledger/engine/context';
import { searchSizes } from '../../../../../src/ledger/engine/history/text-search';
import { categoryLedgerAccount } from '../../../../../src/ledger/engine/ledger-accounts';
import type { Counterparty, Transaction } from '../../../../../src/shared/domain';
import type { HistoryCursor, HistoryFilters } from '../../../../../src/shared/history';
import {
  categoryByBuiltin,
  freshLedger,
  walletWith,
  type LedgerFixture,
} from '../../../../support/ledger-fixture';

const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

/** Latin in both cases, accents, Chinese, emoji, punctuation and spaces. */
const PIECES = [
  'a',
  'B',
  'c',
  'é',
  'İ',
  'ß',
  '中',
  '文',
  '生',
  '日',
  '😀',
  '🍜',
  ' ',
  '.',
  '-',
  '!',
];
const piece = fc.constantFrom(...PIECES);
const memoArb = fc.array(piece, { minLength: 1, maxLength: 10 }).map((p) => p.join(''));

/** The reference: every row, newest first, through the same predicate written out plainly. */
function bruteForce(
  rows: readonly Transaction[],
  payees: readonly Counterparty[],
  filters: HistoryFilters,
): string[] {
  const needle = filters.text?.toLowerCase() ?? '';
  const named = new Set(
    payees.filter((c) => c.name.toLowerCase().includes(needle)).map((c) => c.id),
  );
  return rows
    .filter(
      (t) =>
        (filters.from === undefined || t.occurredAt >= filters.from) &&
        (filters.to === undefined || t.occurredAt <= filters.to) &&
        (filters.minAmount === undefined || t.amount >= filters.minAmount) &&
        (filters.counterpartyId === undefined || t.counterpartyId === filters.counterpartyId) &&
        (filters.kinds === undefined || filters.kinds.includes(t.kind)) &&
        ((t.memo?.toLowerCase().includes(needle) ?? false) ||
          (t.counterpartyId !== undefined && named.has(t.counterpartyId))),
    )
    .sort((a, b) => b.occurredAt - a.occurredAt || (a.id < b.id ? 1 : -1))
    .map((t) => t.id);
}

/** Every page of a search, following the cursor. */
async function allPages(fx: LedgerFixture, filters: HistoryFilters, limit: number) {
  const ids: string[] = [];
  let cursor: HistoryCursor | undefined;
  for (;;) {
    const page = await fx.api['history.page']({ filters, limit, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((t) => t.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
}

interface Booked {
  readonly fx: LedgerFixture;
  readonly rows: Transaction[];
  readonly payees: Counterparty[];
}

/** A ledger of `memos.length` expenses and incomes, several per day (ties on occurredAt). */
async function book(memos: readonly (string | undefined)[]): Promise<Booked> {
  const fx = await freshLedger();
  const wallet = await walletWith(fx.api, 0);
  const food = await categoryByBuiltin(fx.api, 'food');
  const salary = await categoryByBuiltin(fx.api, 'salary');
  const payees = [
    await fx.api['counterparties.create']({ kind: 'merchant', name: 'Luckin 瑞幸 Coffee' }),
    await fx.api['counterparties.create']({ kind: 'merchant', name: 'Noodle Bar 面馆' }),
    await fx.api['counterparties.create']({ kind: 'contact', name: 'Mei 😀' }),
  ];
  const ctx: EngineContext = { db: fx.db, clock: fx.clock, timeZone: TZ };
  const drafts: BulkDraft[] = memos.map((memo, i) => {
    const income = i % 7 === 3;
    const amount = 100 + ((i * 37) % 900);
    const category = income ? salary : food;
    return {
      kind: income ? 'income' : 'expense',
      accountId: wallet.id,
      categoryId: category.id,
      ...(i % 4 === 0 ? {} : { counterpartyId: payees[i % 3]!.id }),
      amount,
      currency: 'CNY',
      occurredAt: START + Math.floor(i / 3) * DAY,
      timeZone: TZ,
      ...(memo === undefined ? {} : { memo }),
      postings: [
        { ledgerAccount: wallet.id, amount: income ? amount : -amount },
        { ledgerAccount: categoryLedgerAccount(category.id), amount: income ? -amount : amount },
      ],
    };
  });
  await bulkPostTransactions(ctx, drafts);
  return { fx, rows: await fx.db.transactions.toArray(), payees };
}

// The small ledgers here would be served by the first stretch of scan alone.
const scanFirst = searchSizes.scanFirst;
beforeAll(() => {
  searchSizes.scanFirst = 0;
});
afterAll(() => {
  searchSizes.scanFirst = scanFirst;
});

describe('history text search through the blind index', () => {
  let booked: Booked;
  let memos: string[];
  beforeAll(async () => {
    memos = fc.sample(memoArb, { numRuns: 120, seed: 20261129 });
    booked = await book(memos.map((memo, i) => (i % 9 === 5 ? undefined : memo)));
  });
  afterAll(() => booked.fx.close());

  /** A piece of a stored memo in random case, or a short random string. */
  const queryArb = fc.oneof(
    fc
      .tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 5 }), fc.boolean())
      .map(([which, start, length, upper]) => {
        const memo = memos[which % memos.length]!;
        const from = start % memo.length;
        const part = memo.slice(from, from + length);
        return upper ? part.toUpperCase() : part;
      })
      .filter((q) => q.trim() !== ''),
    fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join('')),
    fc.constantFrom('luckin', '瑞', '面', 'MEI', '😀', 'zz', 'coffee', '. -'),
  );

  const filtersArb = fc.record(
    {
      from: fc.integer({ min: 0, max: 45 }).map((d) => START + d * DAY),
      to: fc.integer({ min: 0, max: 45 }).map((d) => START + d * DAY + 1),
      minAmount: fc.integer({ min: 100, max: 900 }),
      counterpartyId: fc.constant('first payee'),
      kinds: fc.constant<('expense' | 'income')[]>(['expense']),
    },
    { requiredKeys: [] },
  );

  it('returns exactly what a brute-force substring scan returns, page after page, for any query and filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        queryArb,
        filtersArb,
        fc.integer({ min: 1, max: 9 }),
        async (text, picked, limit) => {
          const filters: HistoryFilters = { ...picked, text };
          if (picked.counterpartyId) filters.counterpartyId = booked.payees[0]!.id;
          if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to)
            [filters.from, filters.to] = [filters.to - 1, filters.from + 1];
          const expected = bruteForce(booked.rows, booked.payees, filters);
          expect(await allPages(booked.fx, filters, limit)).toEqual(expected);
          const totals = await booked.fx.api['history.totals']({ filters });
          expect(totals.count).toBe(expected.length);
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });

  it('answers a query that matches nothing without decrypting the transactions', async () => {
    const opened = vi.spyOn(FieldCipher.prototype, 'open');
    try {
      const page = await booked.fx.api['history.page']({ filters: { text: 'qqxx 无此' } });
      expect(page.items).toEqual([]);
      // Counterparties are read (and cached); no transaction row is opened.
      expect(opened.mock.calls.length).toBeLessThanOrEqual(booked.payees.length);
    } finally {
      opened.mockRestore();
    }
  });

  it('keeps only keyed tokens in clear, on the blocks: no memo text on disk', async () => {
    const raw = new Dexie(booked.fx.db.name);
    await raw.open();
    try {
      const rows = (await raw.table('transactions').toArray()) as Record<string, unknown>[];
      const blocks = (await raw.table('transactionBlocks').toArray()) as Record<string, unknown>[];
      expect(rows.some((row) => 'memoTokens' in row)).toBe(false);
      const tokens = blocks.flatMap((block) => (block.memoTokens as unknown[] | undefined) ?? []);
      expect(tokens.length).toBeGreaterThan(50);
      for (const token of tokens) expect(Number.isSafeInteger(token)).toBe(true);
      // A block's tokens are its memos' grams, each once.
      for (const block of blocks) {
        const own = (block.memoTokens as unknown[] | undefined) ?? [];
        expect(new Set(own).size).toBe(own.length);
      }
      expect(JSON.stringify([rows, blocks])).not.toMatch(/中|文|😀|Luckin/);
    } finally {
      raw.close();
    }
  });
});

describe('history text search with many candidates', () => {
  let booked: Booked;
  beforeAll(async () => {
    // More candidates than are read at once: the date-ordered walk serves these.
    const memos = Array.from({ length: 560 }, (_, i) =>
      i % 5 === 0 ? `Coffee run ${i}` : i % 5 === 4 ? `tea ${i}` : `coffee 咖啡 ${i}`,
    );
    booked = await book(memos);
  });
  afterAll(() => booked.fx.close());

  it.each([
    [{ ...searchSizes }],
    [{ readAll: 20, window: 8, scanFirst: 0 }],
    [{ readAll: 20, window: 8, scanFirst: 7 }],
  ])('pages a sparse search like the scan, through windows of keys (%o)', async (sizes) => {
    const saved = { ...searchSizes };
    Object.assign(searchSizes, sizes);
    try {
      for (const [filters, limit] of [
        [{ text: 'coffee', minAmount: 950 }, 3],
        [{ text: '咖啡', to: START + 150 * DAY, kinds: ['income'] }, 2],
      ] satisfies [HistoryFilters, number][]) {
        const expected = bruteForce(booked.rows, booked.payees, filters);
        expect(expected.length).toBeGreaterThan(2);
        expect(await allPages(booked.fx, filters, limit)).toEqual(expected);
      }
    } finally {
      Object.assign(searchSizes, saved);
    }
  });

  it.each([
    [{ text: 'coffee' }, 50],
    [{ text: 'coffee', minAmount: 500 }, 17],
    [{ text: 'coffee', minAmount: 950 }, 3],
    [{ text: 'COF', kinds: ['expense' as const] }, 40],
    [{ text: 'e', from: START + 30 * DAY, to: START + 120 * DAY }, 25],
    [{ text: 'ea 4' }, 50],
    [{ text: '咖' }, 30],
  ])('pages %o like the scan, %i at a time', async (filters, limit) => {
    const expected = bruteForce(booked.rows, booked.payees, filters);
    expect(expected.length).toBeGreaterThan(0);
    expect(await allPages(booked.fx, filters, limit)).toEqual(expected);
    expect((await booked.fx.api['history.totals']({ filters })).count).toBe(expected.length);
  });
});

describe('blind-index tokens follow every write', () => {
  it('finds a transaction by its new memo after an edit, and no longer by the old one', async () => {
    const fx = await freshLedger();
    try {
      const wallet = await walletWith(fx.api, 10_000);
      const food = await categoryByBuiltin(fx.api, 'food');
      const { transaction } = await fx.api['transactions.record']({
        kind: 'expense',
        accountId: wallet.id,
        categoryId: food.id,
        amount: 1_200,
        occurredAt: fx.clock.now(),
        timeZone: TZ,
        memo: 'old memo',
      });
      const search = async (text: string) =>
        (await fx.api['history.page']({ filters: { text } })).items.map((t) => t.id);
      expect(await search('old')).toEqual([transaction.id]);

      await fx.api['transactions.update']({ id: transaction.id, memo: '新的备注 New' });
      expect(await search('old')).toEqual([]);
      expect(await search('备')).toEqual([transaction.id]);
      expect(await search('new')).toEqual([transaction.id]);
      const edited = await fx.api['transactions.get']({ id: transaction.id });
      expect(edited.transaction.memo).toBe('新的备注 New');
      expect(edited.transaction).not.toHaveProperty('memoTokens');
    } finally {
      fx.close();
    }
  });
});
