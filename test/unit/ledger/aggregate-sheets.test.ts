import { describe, expect, it } from 'vitest';
import type { AggregateRow, AggregateSheet } from '../../../src/ledger/db';
import {
  addToSheets,
  aggregateId,
  allRows,
  byId,
  deleteRows,
  forEachEntry,
  getRows,
  logicalRowsOf,
  parseAggregateId,
  putRows,
  replaceScopes,
  rowsOfScope,
  rowsOfScopeId,
  rowsOfSheets,
  sheetsOfRows,
  sheetsOfSpan,
} from '../../../src/ledger/engine/aggregate-sheets';
import { ledgersClosedAfterEach } from '../../support/ledger-fixture';

const openFreshLedger = ledgersClosedAfterEach();

function row(
  scope: AggregateRow['scope'],
  scopeId: string,
  month: string,
  currency: AggregateRow['currency'],
  [debit, credit, count]: [number, number, number],
): AggregateRow {
  return {
    id: aggregateId(scope, scopeId, month, currency),
    scope,
    scopeId,
    month,
    currency,
    debit,
    credit,
    count,
  };
}

const byRowId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

describe('aggregates.sheets', () => {
  const food = row('category', 'food', '2026-11', 'CNY', [2_550, 0, 1]);
  const foodUsd = row('category', 'food', '2026-11', 'USD', [300, 0, 1]);
  const salary = row('category', 'salary', '2026-11', 'CNY', [0, 90_000, 1]);
  const october = row('category', 'food', '2026-10', 'CNY', [1_000, 0, 2]);

  const wallet = row('account', 'wallet', '2026-11', 'CNY', [0, 2_550, 1]);
  const foodYear = row('category-year', 'food', '2026', 'CNY', [3_550, 0, 3]);
  const today = row('limit', 'CNY', '2026-11-25', 'CNY', [2_550, 0, 1]);
  const thisYear = row('limit', 'CNY', '2026', 'CNY', [2_550, 0, 1]);

  it('packs every scope of one period into one sheet and unpacks the same rows', () => {
    const all = [food, foodUsd, salary, october, wallet, foodYear, today, thisYear];
    const sheets = sheetsOfRows(all);
    expect(sheets.map((sheet) => sheet.id).sort()).toEqual([
      'day|2026-11-25',
      'month|2026-10',
      'month|2026-11',
      'year|2026',
    ]);
    const november = sheets.find((sheet) => sheet.id === 'month|2026-11')!;
    expect(november).toEqual({
      id: 'month|2026-11',
      entries: {
        'category|food|CNY': [2_550, 0, 1],
        'category|food|USD': [300, 0, 1],
        'category|salary|CNY': [0, 90_000, 1],
        'account|wallet|CNY': [0, 2_550, 1],
      },
    });
    expect(sheets.find((sheet) => sheet.id === 'year|2026')!.entries).toEqual({
      'category-year|food|CNY': [3_550, 0, 3],
      'limit|CNY|CNY': [2_550, 0, 1],
    });
    expect(rowsOfSheets(sheets).sort(byRowId)).toEqual(all.sort(byRowId));
    expect(rowsOfSheets(sheets, 'category').sort(byRowId)).toEqual(
      [food, foodUsd, salary, october].sort(byRowId),
    );
    expect(rowsOfSheets(sheets, 'limit').sort(byRowId)).toEqual([today, thisYear].sort(byRowId));
  });

  it('reads the rows of v9 (one per row) and v10 (a sheet per scope and period) as they were', () => {
    const v10 = {
      id: 'category|2026-11',
      scope: 'category',
      month: '2026-11',
      entries: { 'food|CNY': [2_550, 0, 1], 'salary|CNY': [0, 90_000, 1] },
    };
    const v11 = sheetsOfRows([october]);
    expect(logicalRowsOf([v10, wallet, ...v11]).sort(byRowId)).toEqual(
      [food, salary, wallet, october].sort(byRowId),
    );
  });

  it('adds a payment to an existing month sheet and leaves other entries unchanged', () => {
    const [stored] = sheetsOfRows([food, salary]) as [AggregateSheet];
    const before = structuredClone(stored);
    const { added, changed } = addToSheets(byId([stored]), [
      row('category', 'food', '2026-11', 'CNY', [450, 0, 1]),
    ]);
    expect(added).toEqual([]);
    expect(changed).toEqual([
      {
        ...before,
        entries: { 'category|food|CNY': [3_000, 0, 2], 'category|salary|CNY': [0, 90_000, 1] },
      },
    ]);
    // The stored sheet may be shared with the read cache: it is never changed in place.
    expect(stored).toEqual(before);
  });

  it('starts a sheet for a period that has none and adds a new currency to a stored one', () => {
    const stored = byId(sheetsOfRows([food]));
    const { added, changed } = addToSheets(stored, [
      row('category', 'food', '2026-11', 'USD', [300, 0, 1]),
      row('category', 'food', '2026-12', 'CNY', [700, 0, 1]),
      row('category', 'food', '2026-12', 'CNY', [0, 200, 1]),
    ]);
    expect(changed.map((sheet) => sheet.entries)).toEqual([
      { 'category|food|CNY': [2_550, 0, 1], 'category|food|USD': [300, 0, 1] },
    ]);
    expect(added).toEqual([
      { id: 'month|2026-12', entries: { 'category|food|CNY': [700, 200, 2] } },
    ]);
  });

  it('keeps an entry that a refund brings back to zero', () => {
    const { changed } = addToSheets(byId(sheetsOfRows([food])), [
      row('category', 'food', '2026-11', 'CNY', [-2_550, 0, -1]),
    ]);
    expect(rowsOfSheets(changed)).toEqual([{ ...food, debit: 0, count: 0 }]);
  });

  it('refuses a sum that is not a safe integer', () => {
    const huge = row('category', 'food', '2026-11', 'CNY', [Number.MAX_SAFE_INTEGER, 0, 1]);
    expect(() => addToSheets(byId(sheetsOfRows([huge])), [food])).toThrow();
  });

  it('parses a logical id into its scope, scopeId, period and currency', () => {
    expect(parseAggregateId(aggregateId('limit', 'CNY', '2026-11-25', 'CNY'))).toEqual({
      scope: 'limit',
      scopeId: 'CNY',
      month: '2026-11-25',
      currency: 'CNY',
    });
    expect(parseAggregateId('category|food')).toBeUndefined();
  });

  it('reads, replaces and deletes logical rows in the stored sheets', async () => {
    const { db } = await openFreshLedger();
    await db.aggregates.clear();
    await putRows(db.aggregates, [food, foodUsd, salary, october]);
    expect(await db.aggregates.count()).toBe(2);
    expect(await getRows(db.aggregates, [food.id, salary.id, 'category|rent|2026-11|CNY'])).toEqual(
      [food, salary, undefined],
    );

    await putRows(db.aggregates, [{ ...food, debit: 1 }]);
    expect(await getRows(db.aggregates, [food.id, foodUsd.id])).toEqual([
      { ...food, debit: 1 },
      foodUsd,
    ]);

    await deleteRows(db.aggregates, [october.id, foodUsd.id]);
    expect(await db.aggregates.count()).toBe(1);
    expect((await allRows(db.aggregates)).sort(byRowId)).toEqual(
      [{ ...food, debit: 1 }, salary].sort(byRowId),
    );
  });

  it('reads one scopeId’s rows in every currency and not those of a longer id it begins', async () => {
    const { db } = await openFreshLedger();
    await db.aggregates.clear();
    const foodie = row('category', 'food|ie', '2026-11', 'CNY', [5, 0, 1]);
    const foodMerchant = row('counterparty', 'food', '2026-11', 'CNY', [7, 0, 1]);
    await putRows(db.aggregates, [food, foodUsd, salary, october, foodie, foodMerchant, foodYear]);
    expect((await rowsOfScopeId(db.aggregates, 'category', 'food')).sort(byRowId)).toEqual(
      [food, foodUsd, october].sort(byRowId),
    );
    expect(await rowsOfScopeId(db.aggregates, 'category', 'food', '2026-11')).toHaveLength(2);
    expect(await rowsOfScopeId(db.aggregates, 'category-year', 'food')).toEqual([foodYear]);
  });

  it('reads a span of periods as one range of sheets, months apart from days and years', async () => {
    const { db } = await openFreshLedger();
    await db.aggregates.clear();
    await putRows(db.aggregates, [food, october, wallet, foodYear, today, thisYear]);
    expect((await sheetsOfSpan(db.aggregates, 'month', '2026-11')).map((s) => s.id)).toEqual([
      'month|2026-11',
    ]);
    expect((await sheetsOfSpan(db.aggregates, 'month')).map((s) => s.id)).toEqual([
      'month|2026-10',
      'month|2026-11',
    ]);
    expect((await rowsOfScope(db.aggregates, 'limit')).sort(byRowId)).toEqual(
      [today, thisYear].sort(byRowId),
    );
    expect(await rowsOfScope(db.aggregates, 'category', '2026-11')).toEqual([food]);
  });

  it('replaces every row of the roll-up scopes and leaves the others as they are', async () => {
    const { db } = await openFreshLedger();
    await db.aggregates.clear();
    const lastYear = row('category-year', 'food', '2025', 'CNY', [1, 0, 1]);
    await putRows(db.aggregates, [food, foodYear, lastYear, thisYear]);
    const rebuilt = { ...foodYear, debit: 2_550, count: 1 };
    await replaceScopes(db.aggregates, ['category-year'], [rebuilt]);
    expect((await allRows(db.aggregates)).sort(byRowId)).toEqual(
      [food, rebuilt, thisYear].sort(byRowId),
    );
    // The sheet of 2025 held nothing else: it is gone.
    expect(await db.aggregates.get('year|2025')).toBeUndefined();
  });
});

describe('forEachEntry', () => {
  it('visits the entries of the scopes asked for, and not a scope whose name only starts the same', () => {
    const [sheet] = sheetsOfRows([
      row('category', 'food', '2026-11', 'CNY', [1_200, 200, 3]),
      row('category-kind', 'expense', '2026-11', 'CNY', [1_200, 200, 3]),
      row('people', 'li-lei', '2026-11', 'GBP', [500, 0, 1]),
      row('counterparty', 'shop', '2026-11', 'CNY', [1_200, 200, 3]),
    ]);
    const seen: unknown[] = [];
    forEachEntry(sheet!, ['category', 'people'] as const, (...visit) => seen.push(visit));
    expect(seen).toEqual(
      expect.arrayContaining([
        ['category', 'food', 'CNY', [1_200, 200, 3]],
        ['people', 'li-lei', 'GBP', [500, 0, 1]],
      ]),
    );
    expect(seen).toHaveLength(2);
  });
});
