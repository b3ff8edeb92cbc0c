import type { Transaction } from 'dexie';
import { stores as v10Stores } from './v10';
import {
  sheetsOfRows,
  type AggregateSums,
  type PeriodSheet,
  type SheetEntry,
} from './v10-period-sheets';

/**
 * v11: one sheet per period (day, month, year) holding every scope. A span's sheets are a
 * range of ids (`month|2026-01` to `month|2026-11`), so no index is kept but the id.
 */
export const stores = { ...v10Stores, aggregates: 'id' };

/** A sheet as v10 shipped it: one scope's period, entries by `scopeId|currency`. */
interface ScopeSheet {
  readonly scope: string;
  readonly month: string;
  readonly entries: Readonly<Record<string, SheetEntry>>;
}

const SPANS: ReadonlySet<string> = new Set(['day', 'month', 'year']);

/** The aggregate that an entry (`scope|scopeId|currency`) of a sheet of `period` holds. */
function rowOfEntry(period: string, key: string, entry: SheetEntry): AggregateSums {
  const first = key.indexOf('|');
  const last = key.lastIndexOf('|');
  return {
    scope: key.slice(0, first) as AggregateSums['scope'],
    scopeId: key.slice(first + 1, last),
    month: period,
    currency: key.slice(last + 1),
    debit: entry[0],
    credit: entry[1],
    count: entry[2],
  };
}

/**
 * The aggregates that stored rows hold, whichever layout stored them: rows of their own
 * (before v10), sheets of one scope and period (v10 as shipped) or of one period (v10 since
 * v11). A row without entries is passed on as it is, for verify to report.
 */
function logicalRowsOf(stored: readonly object[]): AggregateSums[] {
  const rows: AggregateSums[] = [];
  for (const item of stored) {
    const row = item as Partial<PeriodSheet & ScopeSheet>;
    if (typeof row.entries !== 'object' || row.entries === null) {
      rows.push(item as AggregateSums);
    } else if (typeof row.id === 'string' && SPANS.has(row.id.slice(0, row.id.indexOf('|')))) {
      const period = row.id.slice(row.id.indexOf('|') + 1);
      for (const key in row.entries)
        if (Object.hasOwn(row.entries, key)) rows.push(rowOfEntry(period, key, row.entries[key]!));
    } else if (row.scope !== undefined && row.month !== undefined) {
      // A v10 entry key lacks only the scope in front.
      const { scope, month, entries } = row as ScopeSheet;
      for (const key in entries)
        if (Object.hasOwn(entries, key))
          rows.push(rowOfEntry(month, `${scope}|${key}`, entries[key]!));
    }
  }
  return rows;
}

/** Re-packs the stored aggregates, as whichever version left them, into period sheets. */
export async function upgrade(tx: Transaction): Promise<void> {
  const aggregates = tx.table('aggregates');
  const rows = logicalRowsOf((await aggregates.toArray()) as object[]);
  await aggregates.clear();
  if (rows.length) await aggregates.bulkPut(sheetsOfRows(rows));
}
