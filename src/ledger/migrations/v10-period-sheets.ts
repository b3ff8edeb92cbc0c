import type { AggregateRow } from './v6';

/** One aggregate's sums in a sheet: `[debit, credit, count]`. */
export type SheetEntry = readonly [debit: number, credit: number, count: number];

/**
 * One local day's, month's or year's aggregates in one row (`day|2026-11-25`, `month|2026-11`,
 * `year|2026`), every scope's, with entries by `scope|scopeId|currency`.
 */
export interface PeriodSheet {
  readonly id: string;
  readonly entries: Record<string, SheetEntry>;
}

/** What a sheet entry is made from: an aggregate row less its id. */
export type AggregateSums = Omit<AggregateRow, 'id'>;

/** `2026` is a year, `2026-11-25` a day, `2026-11` (and anything else) a month. */
function spanOf(period: string): 'day' | 'month' | 'year' {
  // A broken row may have no period: it is stored, and verify reports it.
  const { length } = String(period);
  if (length === 4) return 'year';
  return length === 10 ? 'day' : 'month';
}

/** Aggregates packed into period sheets; a later one with the same key replaces an earlier. */
export function sheetsOfRows(rows: readonly AggregateSums[]): PeriodSheet[] {
  const sheets = new Map<string, PeriodSheet>();
  for (const row of rows) {
    const id = `${spanOf(row.month)}|${row.month}`;
    let sheet = sheets.get(id);
    if (!sheet) sheets.set(id, (sheet = { id, entries: {} }));
    sheet.entries[`${row.scope}|${row.scopeId}|${row.currency}`] = [
      row.debit,
      row.credit,
      row.count,
    ];
  }
  return [...sheets.values()];
}
