import { describe, expect, it } from 'vitest';
import type { AggregateRow, AggregateSheet } from '../../../src/ledger/db';
import {
  addToSheets,
  aggregateId,
  allRows,
  byId,
  deleteRows,
  getRows,
  parseAggregateId,
  putRows,
  rowsOfScopeId,
  rowsOfSheets,
  sheetsOfRows,
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

  it('packs the rows of one scope and period into one sheet and unpacks the same rows', () => {
    const sheets = sheetsOfRows([food, foodUsd, salary, october]);
    expect(sheets.map((sheet) => sheet.id).sort()).toEqual([
      'category|2026-10',
      'category|2026-11',
    ]);
    const november = sheets.find((sheet) => sheet.id === 'category|2026-11')!;
    expect(november).toEqual({
      id: 'category|2026-11',
      scope: 'category',
      month: '2026-11',
      entries: {
        'food|CNY': [2_550, 0, 1],
        'food|USD': [300, 0, 1],
        'salary|CNY': [0, 90_000, 1],
      },
    });
    expect(rowsOfSheets(sheets).sort(byRowId)).toEqual(
      [food, foodUsd, salary, october].sort(byRowId),
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
        entries: { 'food|CNY': [3_000, 0, 2], 'salary|CNY': [0, 90_000, 1] },
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
      { 'food|CNY': [2_550, 0, 1], 'food|USD': [300, 0, 1] },
    ]);
    expect(added).toEqual([
      {
        id: 'category|2026-12',
        scope: 'category',
        month: '2026-12',
        entries: { 'food|CNY': [700, 200, 2] },
      },
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
    await putRows(db.aggregates, [food, foodUsd, salary, october, foodie]);
    expect((await rowsOfScopeId(db.aggregates, 'category', 'food')).sort(byRowId)).toEqual(
      [food, foodUsd, october].sort(byRowId),
    );
    expect(await rowsOfScopeId(db.aggregates, 'category', 'food', '2026-11')).toHaveLength(2);
  });
});
