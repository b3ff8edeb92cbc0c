import type { EntityTable } from 'dexie';
import type { CurrencyCode } from '../../shared/currencies';
import { addMinor } from '../../shared/money';
import type { AggregateRow, AggregateScope, AggregateSheet, SheetEntry } from '../db';

/**
 * The aggregates as stored (one sheet per scope and period, see `AggregateSheet`) and as the
 * engine reads and writes them (`AggregateRow`s, one per scope, scopeId, period and
 * currency). Everything that touches the aggregates table goes through here.
 */

/** The aggregates table, or an upgrade transaction's handle on it. */
export type SheetTable = EntityTable<AggregateSheet, 'id'>;

type AggregateKey = Pick<AggregateRow, 'scope' | 'scopeId' | 'month' | 'currency'>;
/** A logical row or a delta to one: what a sheet entry is made from. */
export type AggregateSums = AggregateKey & Pick<AggregateRow, 'debit' | 'credit' | 'count'>;

/** A logical row's id: `scope|scopeId|period|currency`. */
export function aggregateId(
  scope: AggregateScope,
  scopeId: string,
  month: string,
  currency: string,
): string {
  return `${scope}|${scopeId}|${month}|${currency}`;
}

export function sheetIdOf(scope: AggregateScope, period: string): string {
  return `${scope}|${period}`;
}

function entryKeyOf(scopeId: string, currency: string): string {
  return `${scopeId}|${currency}`;
}

/**
 * The parts of a logical id: the scope before the first `|`, the currency after the last,
 * the period before that (neither holds a `|`), and the scopeId in between.
 */
export function parseAggregateId(id: string): AggregateKey | undefined {
  const first = id.indexOf('|');
  const last = id.lastIndexOf('|');
  const beforeLast = id.lastIndexOf('|', last - 1);
  if (first < 0 || beforeLast <= first) return undefined;
  return {
    scope: id.slice(0, first) as AggregateScope,
    scopeId: id.slice(first + 1, beforeLast),
    month: id.slice(beforeLast + 1, last),
    currency: id.slice(last + 1) as CurrencyCode,
  };
}

function rowOfEntry(sheet: AggregateSheet, key: string, entry: SheetEntry): AggregateRow {
  const cut = key.lastIndexOf('|');
  const scopeId = key.slice(0, cut);
  const currency = key.slice(cut + 1) as CurrencyCode;
  return {
    id: aggregateId(sheet.scope, scopeId, sheet.month, currency),
    scope: sheet.scope,
    scopeId,
    month: sheet.month,
    currency,
    debit: entry[0],
    credit: entry[1],
    count: entry[2],
  };
}

/** Every logical row that sheets hold (missing sheets hold none). */
export function rowsOfSheets(sheets: Iterable<AggregateSheet | undefined>): AggregateRow[] {
  const rows: AggregateRow[] = [];
  for (const sheet of sheets) {
    if (!sheet) continue;
    for (const key in sheet.entries)
      if (Object.hasOwn(sheet.entries, key)) rows.push(rowOfEntry(sheet, key, sheet.entries[key]!));
  }
  return rows;
}

/** One scopeId's rows in sheets, in every currency. */
function rowsOfScopeIdIn(sheets: readonly AggregateSheet[], scopeId: string): AggregateRow[] {
  const prefix = `${scopeId}|`;
  const rows: AggregateRow[] = [];
  for (const sheet of sheets) {
    for (const key in sheet.entries) {
      // The rest of the key is the currency alone: not a longer scopeId with this prefix.
      if (key.startsWith(prefix) && key.lastIndexOf('|') === prefix.length - 1)
        rows.push(rowOfEntry(sheet, key, sheet.entries[key]!));
    }
  }
  return rows;
}

/** The ids of the sheets that rows or deltas fall in, each once. */
export function sheetIdsOf(rows: Iterable<Pick<AggregateKey, 'scope' | 'month'>>): string[] {
  const ids = new Set<string>();
  for (const row of rows) ids.add(sheetIdOf(row.scope, row.month));
  return [...ids];
}

/** Sheets as read (missing ones left out), by id. */
export function byId(sheets: Iterable<AggregateSheet | undefined>): Map<string, AggregateSheet> {
  const found = new Map<string, AggregateSheet>();
  for (const sheet of sheets) if (sheet) found.set(sheet.id, sheet);
  return found;
}

/** A sheet being written: a copy of the stored entries, or none, to change. */
interface Draft {
  readonly id: string;
  readonly scope: AggregateScope;
  readonly month: string;
  readonly entries: Record<string, SheetEntry>;
  readonly stored: boolean;
}

/**
 * Copies of the stored sheets (or new, empty ones) that `rows` fall in, by id. A stored
 * sheet is never changed in place: the sealing middleware's cache may hold its entries, and
 * an aborted write must leave them as stored.
 */
function draftsFor(
  stored: ReadonlyMap<string, AggregateSheet>,
  rows: Iterable<AggregateKey>,
): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  for (const { scope, month } of rows) {
    const id = sheetIdOf(scope, month);
    if (drafts.has(id)) continue;
    const sheet = stored.get(id);
    drafts.set(id, { id, scope, month, entries: { ...sheet?.entries }, stored: !!sheet });
  }
  return drafts;
}

function sheetOf({ id, scope, month, entries }: Draft): AggregateSheet {
  return { id, scope, month, entries };
}

/**
 * Adds deltas into the sheets they fall in (`stored`, by id; a missing one is started):
 * the sheets to write, new and changed apart. Sums are checked for safe integers.
 */
export function addToSheets(
  stored: ReadonlyMap<string, AggregateSheet>,
  deltas: readonly AggregateSums[],
): { added: AggregateSheet[]; changed: AggregateSheet[] } {
  const drafts = draftsFor(stored, deltas);
  for (const delta of deltas) {
    const { entries } = drafts.get(sheetIdOf(delta.scope, delta.month))!;
    const key = entryKeyOf(delta.scopeId, delta.currency);
    const [debit, credit, count] = entries[key] ?? [0, 0, 0];
    entries[key] = [
      addMinor(debit, delta.debit),
      addMinor(credit, delta.credit),
      count + delta.count,
    ];
  }
  const added: AggregateSheet[] = [];
  const changed: AggregateSheet[] = [];
  for (const draft of drafts.values()) (draft.stored ? changed : added).push(sheetOf(draft));
  return { added, changed };
}

/** Logical rows packed into sheets; a later row with the same id replaces an earlier one. */
export function sheetsOfRows(rows: readonly AggregateSums[]): AggregateSheet[] {
  const drafts = draftsFor(new Map(), rows);
  for (const row of rows) {
    const { entries } = drafts.get(sheetIdOf(row.scope, row.month))!;
    entries[entryKeyOf(row.scopeId, row.currency)] = [row.debit, row.credit, row.count];
  }
  return [...drafts.values()].map(sheetOf);
}

/** Logical rows by id, `undefined` where none is stored: one read of the sheets they are in. */
export async function getRows(
  table: Pick<SheetTable, 'bulkGet'>,
  ids: readonly string[],
): Promise<(AggregateRow | undefined)[]> {
  const keys = ids.map(parseAggregateId);
  const sheets = byId(await table.bulkGet(sheetIdsOf(keys.filter((key) => key !== undefined))));
  return keys.map((key) => {
    if (!key) return undefined;
    const sheet = sheets.get(sheetIdOf(key.scope, key.month));
    const entryKey = entryKeyOf(key.scopeId, key.currency);
    const entry = sheet?.entries[entryKey];
    return sheet && entry ? rowOfEntry(sheet, entryKey, entry) : undefined;
  });
}

/** The sheets of `scope` from period `from` to `to` (inclusive; every period when left out). */
export function sheetsOfScope(
  table: Pick<SheetTable, 'where'>,
  scope: AggregateScope,
  from = '',
  to = '\uffff',
): Promise<AggregateSheet[]> {
  return table.where('[scope+month]').between([scope, from], [scope, to], true, true).toArray();
}

/** Every row of `scope` from period `from` to `to` (inclusive), in every currency. */
export async function rowsOfScope(
  table: Pick<SheetTable, 'where'>,
  scope: AggregateScope,
  from = '',
  to = '\uffff',
): Promise<AggregateRow[]> {
  return rowsOfSheets(await sheetsOfScope(table, scope, from, to));
}

/** Every row of `scope` in one period: one sheet. */
export async function rowsOfPeriod(
  table: Pick<SheetTable, 'get'>,
  scope: AggregateScope,
  period: string,
): Promise<AggregateRow[]> {
  return rowsOfSheets([await table.get(sheetIdOf(scope, period))]);
}

/**
 * One account's, category's, counterparty's or roll-up's rows from period `from` to `to`
 * (inclusive; every period when left out), in every currency: the scope's sheets of those
 * periods, so keep the span short (or use a yearly roll-up) where it is read often.
 */
export async function rowsOfScopeId(
  table: Pick<SheetTable, 'where'>,
  scope: AggregateScope,
  scopeId: string,
  from = '',
  to = '\uffff',
): Promise<AggregateRow[]> {
  return rowsOfScopeIdIn(await sheetsOfScope(table, scope, from, to), scopeId);
}

/** Every stored row: for verify and tests. */
export async function allRows(table: Pick<SheetTable, 'toArray'>): Promise<AggregateRow[]> {
  return rowsOfSheets(await table.toArray());
}

/**
 * Adds deltas into the stored sheets they fall in: one read, one write. Inside the caller's
 * read-write transaction; `stored` are those sheets when the caller has read them already.
 */
export async function addToStoredSheets(
  table: Pick<SheetTable, 'bulkGet' | 'bulkPut'>,
  deltas: readonly AggregateSums[],
  stored?: readonly (AggregateSheet | undefined)[],
): Promise<void> {
  if (deltas.length === 0) return;
  const found = stored ?? (await table.bulkGet(sheetIdsOf(deltas)));
  const { added, changed } = addToSheets(byId(found), deltas);
  await table.bulkPut([...added, ...changed]);
}

/** Stores logical rows as they are, replacing rows with the same ids. */
export async function putRows(
  table: Pick<SheetTable, 'bulkGet' | 'bulkPut'>,
  rows: readonly AggregateSums[],
): Promise<void> {
  if (rows.length === 0) return;
  const drafts = draftsFor(byId(await table.bulkGet(sheetIdsOf(rows))), rows);
  for (const row of rows) {
    const { entries } = drafts.get(sheetIdOf(row.scope, row.month))!;
    entries[entryKeyOf(row.scopeId, row.currency)] = [row.debit, row.credit, row.count];
  }
  await table.bulkPut([...drafts.values()].map(sheetOf));
}

/** Deletes logical rows by id; a sheet left empty is deleted with them. */
export async function deleteRows(
  table: Pick<SheetTable, 'bulkGet' | 'bulkPut' | 'bulkDelete'>,
  ids: readonly string[],
): Promise<void> {
  const keys = ids.map(parseAggregateId).filter((key) => key !== undefined);
  const drafts = draftsFor(byId(await table.bulkGet(sheetIdsOf(keys))), keys);
  for (const key of keys)
    Reflect.deleteProperty(
      drafts.get(sheetIdOf(key.scope, key.month))!.entries,
      entryKeyOf(key.scopeId, key.currency),
    );
  const left = [...drafts.values()].filter((draft) => draft.stored);
  const empty = left.filter((draft) => Object.keys(draft.entries).length === 0);
  await Promise.all([
    table.bulkPut(left.filter((draft) => !empty.includes(draft)).map(sheetOf)),
    table.bulkDelete(empty.map((draft) => draft.id)),
  ]);
}
