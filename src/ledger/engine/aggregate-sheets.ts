import type { EntityTable } from 'dexie';
import type { CurrencyCode } from '../../shared/currencies';
import { addMinor } from '../../shared/money';
import type { AggregateRow, AggregateScope, AggregateSheet, SheetEntry } from '../db';

/**
 * The aggregates as stored (one sheet per day, month or year, see `AggregateSheet`) and as
 * the engine reads and writes them (`AggregateRow`s, one per scope, scopeId, period and
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

/** What a sheet holds: one local day, calendar month or year, told apart by the period. */
export type SheetSpan = 'day' | 'month' | 'year';

/** `2026` is a year, `2026-11-25` a day, `2026-11` (and anything else) a month. */
export function spanOf(period: string): SheetSpan {
  // A restored backup's broken row may have no period: it is stored, and verify reports it.
  const { length } = String(period);
  if (length === 4) return 'year';
  return length === 10 ? 'day' : 'month';
}

/** The spans that hold a scope's rows: limits count per day and per year. */
const SPANS_OF: Readonly<Record<AggregateScope, readonly SheetSpan[]>> = {
  account: ['month'],
  category: ['month'],
  counterparty: ['month'],
  people: ['month'],
  'category-kind': ['month'],
  'account-total': ['month'],
  'category-year': ['year'],
  'counterparty-year': ['year'],
  limit: ['day', 'year'],
};

/** A sheet's id, `span|period`: one span's sheets are one range of ids, in period order. */
export function sheetIdOf(period: string): string {
  return `${spanOf(period)}|${period}`;
}

/** The period a sheet id names. */
export function periodOf(sheet: Pick<AggregateSheet, 'id'>): string {
  return sheet.id.slice(sheet.id.indexOf('|') + 1);
}

function entryKeyOf(scope: AggregateScope, scopeId: string, currency: string): string {
  return `${scope}|${scopeId}|${currency}`;
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

/** The logical row an entry of a sheet of `period` holds (`scope|scopeId|currency`). */
function rowOfEntry(period: string, key: string, entry: SheetEntry): AggregateRow {
  const first = key.indexOf('|');
  const last = key.lastIndexOf('|');
  const scope = key.slice(0, first) as AggregateScope;
  const scopeId = key.slice(first + 1, last);
  const currency = key.slice(last + 1) as CurrencyCode;
  return {
    id: aggregateId(scope, scopeId, period, currency),
    scope,
    scopeId,
    month: period,
    currency,
    debit: entry[0],
    credit: entry[1],
    count: entry[2],
  };
}

/** The rows that sheets hold (missing sheets hold none): every one, or one scope's. */
export function rowsOfSheets(
  sheets: Iterable<AggregateSheet | null | undefined>,
  scope?: AggregateScope,
): AggregateRow[] {
  const prefix = scope === undefined ? '' : `${scope}|`;
  const rows: AggregateRow[] = [];
  for (const sheet of sheets) {
    if (!sheet) continue;
    const period = periodOf(sheet);
    for (const key in sheet.entries) {
      if (Object.hasOwn(sheet.entries, key) && key.startsWith(prefix))
        rows.push(rowOfEntry(period, key, sheet.entries[key]!));
    }
  }
  return rows;
}

/**
 * Calls `visit` with each entry of `scopes` in a sheet — its scope, scopeId, currency and sums —
 * in one pass over the entries, making no row objects: for reads that only add up.
 */
export function forEachEntry<Scope extends AggregateScope>(
  sheet: AggregateSheet,
  scopes: readonly Scope[],
  visit: (scope: Scope, scopeId: string, currency: CurrencyCode, entry: SheetEntry) => void,
): void {
  const prefixes = scopes.map((scope) => `${scope}|`);
  const { entries } = sheet;
  for (const key in entries) {
    for (let i = 0; i < prefixes.length; i += 1) {
      const prefix = prefixes[i]!;
      if (!key.startsWith(prefix) || !Object.hasOwn(entries, key)) continue;
      const last = key.lastIndexOf('|');
      visit(
        scopes[i]!,
        key.slice(prefix.length, last),
        key.slice(last + 1) as CurrencyCode,
        entries[key]!,
      );
      break;
    }
  }
}

/** One scopeId's rows of one scope in sheets, in every currency. */
export function rowsOfScopeIdIn(
  sheets: Iterable<AggregateSheet | null | undefined>,
  scope: AggregateScope,
  scopeId: string,
): AggregateRow[] {
  const prefix = `${scope}|${scopeId}|`;
  const rows: AggregateRow[] = [];
  for (const sheet of sheets) {
    if (!sheet) continue;
    const period = periodOf(sheet);
    for (const key in sheet.entries) {
      // The rest of the key is the currency alone: not a longer scopeId with this prefix.
      if (key.startsWith(prefix) && key.lastIndexOf('|') === prefix.length - 1)
        rows.push(rowOfEntry(period, key, sheet.entries[key]!));
    }
  }
  return rows;
}

/** The ids of the sheets that rows or deltas fall in, each once. */
export function sheetIdsOf(rows: Iterable<Pick<AggregateKey, 'month'>>): string[] {
  const ids = new Set<string>();
  for (const row of rows) ids.add(sheetIdOf(row.month));
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
  rows: Iterable<Pick<AggregateKey, 'month'>>,
): Map<string, Draft> {
  const drafts = new Map<string, Draft>();
  for (const { month } of rows) {
    const id = sheetIdOf(month);
    if (drafts.has(id)) continue;
    const sheet = stored.get(id);
    drafts.set(id, { id, entries: { ...sheet?.entries }, stored: !!sheet });
  }
  return drafts;
}

function sheetOf({ id, entries }: Draft): AggregateSheet {
  return { id, entries };
}

/** Sets each row's entry in its sheet's draft (a later row with the same id wins). */
function setEntries(drafts: ReadonlyMap<string, Draft>, rows: readonly AggregateSums[]): void {
  for (const row of rows) {
    const { entries } = drafts.get(sheetIdOf(row.month))!;
    entries[entryKeyOf(row.scope, row.scopeId, row.currency)] = [row.debit, row.credit, row.count];
  }
}

/**
 * Writes drafts: those holding entries are put, stored ones left empty are deleted. Dexie's
 * promises chained, not awaited, so that a restore's transaction goes on after this.
 */
function storeDrafts(
  table: Pick<SheetTable, 'bulkPut' | 'bulkDelete'>,
  drafts: Iterable<Draft>,
): Promise<unknown> {
  const all = [...drafts];
  const kept = all.filter((draft) => Object.keys(draft.entries).length > 0);
  const empty = all.filter((draft) => draft.stored && !kept.includes(draft));
  return table
    .bulkPut(kept.map(sheetOf))
    .then(() => (empty.length ? table.bulkDelete(empty.map((draft) => draft.id)) : undefined));
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
    const { entries } = drafts.get(sheetIdOf(delta.month))!;
    const key = entryKeyOf(delta.scope, delta.scopeId, delta.currency);
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
  setEntries(drafts, rows);
  return [...drafts.values()].map(sheetOf);
}

/** Logical rows by id, `undefined` where none is stored, from sheets already read. */
export function rowsIn(
  sheets: ReadonlyMap<string, AggregateSheet | null>,
  ids: readonly string[],
): (AggregateRow | undefined)[] {
  return ids.map((id) => {
    const key = parseAggregateId(id);
    if (!key) return undefined;
    const entryKey = entryKeyOf(key.scope, key.scopeId, key.currency);
    const entry = sheets.get(sheetIdOf(key.month))?.entries[entryKey];
    return entry ? rowOfEntry(key.month, entryKey, entry) : undefined;
  });
}

/** Logical rows by id, `undefined` where none is stored: one read of the sheets they are in. */
export async function getRows(
  table: Pick<SheetTable, 'bulkGet'>,
  ids: readonly string[],
): Promise<(AggregateRow | undefined)[]> {
  const keys = ids.map(parseAggregateId).filter((key) => key !== undefined);
  return rowsIn(byId(await table.bulkGet(sheetIdsOf(keys))), ids);
}

/** The sheets of one span from period `from` to `to` (inclusive; every period when left out). */
export function sheetsOfSpan(
  table: Pick<SheetTable, 'where'>,
  span: SheetSpan,
  from = '',
  to = '\uffff',
): Promise<AggregateSheet[]> {
  return table.where('id').between(`${span}|${from}`, `${span}|${to}`, true, true).toArray();
}

/** The sheets that hold `scope`'s rows from period `from` to `to` (inclusive). */
function sheetsOfScope(
  table: Pick<SheetTable, 'where'>,
  scope: AggregateScope,
  from: string,
  to: string,
): Promise<AggregateSheet[]> {
  const [first, second] = SPANS_OF[scope];
  const sheets = sheetsOfSpan(table, first!, from, to);
  if (second === undefined) return sheets;
  // Chained, not `Promise.all`: Dexie's promises keep the caller's transaction alive.
  return sheets.then((some) =>
    sheetsOfSpan(table, second, from, to).then((more) => [...some, ...more]),
  );
}

/** Every row of `scope` from period `from` to `to` (inclusive), in every currency. */
export async function rowsOfScope(
  table: Pick<SheetTable, 'where'>,
  scope: AggregateScope,
  from = '',
  to = '\uffff',
): Promise<AggregateRow[]> {
  return rowsOfSheets(await sheetsOfScope(table, scope, from, to), scope);
}

/** Every row of `scope` in one period: one sheet. */
export async function rowsOfPeriod(
  table: Pick<SheetTable, 'get'>,
  scope: AggregateScope,
  period: string,
): Promise<AggregateRow[]> {
  return rowsOfSheets([await table.get(sheetIdOf(period))], scope);
}

/**
 * One account's, category's, counterparty's or roll-up's rows from period `from` to `to`
 * (inclusive; every period when left out), in every currency: the sheets of those periods,
 * so keep the span short (or use a yearly roll-up) where it is read often.
 */
export async function rowsOfScopeId(
  table: Pick<SheetTable, 'where'>,
  scope: AggregateScope,
  scopeId: string,
  from = '',
  to = '\uffff',
): Promise<AggregateRow[]> {
  return rowsOfScopeIdIn(await sheetsOfScope(table, scope, from, to), scope, scopeId);
}

/** Every stored row: for verify and tests. */
export async function allRows(table: Pick<SheetTable, 'toArray'>): Promise<AggregateRow[]> {
  return rowsOfSheets(await table.toArray());
}

/**
 * Adds deltas into the stored sheets they fall in: one read, one write. Inside the caller's
 * read-write transaction; `stored` holds those sheets (by id) when the caller has read them
 * already, and the ones it lacks are read.
 */
export async function addToStoredSheets(
  table: Pick<SheetTable, 'bulkGet' | 'bulkPut'>,
  deltas: readonly AggregateSums[],
  stored: ReadonlyMap<string, AggregateSheet | null> = new Map(),
): Promise<void> {
  if (deltas.length === 0) return;
  const missing = sheetIdsOf(deltas).filter((id) => !stored.has(id));
  const found = byId(await (missing.length ? table.bulkGet(missing) : []));
  for (const [id, sheet] of stored) if (sheet) found.set(id, sheet);
  const { added, changed } = addToSheets(found, deltas);
  await table.bulkPut([...added, ...changed]);
}

/** Stores logical rows as they are, replacing rows with the same ids. */
export async function putRows(
  table: Pick<SheetTable, 'bulkGet' | 'bulkPut'>,
  rows: readonly AggregateSums[],
): Promise<void> {
  if (rows.length === 0) return;
  const drafts = draftsFor(byId(await table.bulkGet(sheetIdsOf(rows))), rows);
  setEntries(drafts, rows);
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
      drafts.get(sheetIdOf(key.month))!.entries,
      entryKeyOf(key.scope, key.scopeId, key.currency),
    );
  await storeDrafts(table, drafts.values());
}

/**
 * Replaces every row of `scopes` with `rows` (which must be of those scopes): for rebuilding
 * the roll-ups. Reads and writes every sheet.
 */
export function replaceScopes(
  table: Pick<SheetTable, 'toArray' | 'bulkPut' | 'bulkDelete'>,
  scopes: readonly AggregateScope[],
  rows: readonly AggregateSums[],
): Promise<unknown> {
  const prefixes = scopes.map((scope) => `${scope}|`);
  return table.toArray().then((sheets) => {
    // Every stored sheet without those scopes' entries, then the rows set into them.
    const drafts = new Map<string, Draft>();
    for (const sheet of sheets) {
      const entries: Record<string, SheetEntry> = {};
      for (const key in sheet.entries)
        if (Object.hasOwn(sheet.entries, key) && !prefixes.some((prefix) => key.startsWith(prefix)))
          entries[key] = sheet.entries[key]!;
      drafts.set(sheet.id, { id: sheet.id, entries, stored: true });
    }
    for (const [id, draft] of draftsFor(new Map(), rows))
      if (!drafts.has(id)) drafts.set(id, draft);
    setEntries(drafts, rows);
    return storeDrafts(table, drafts.values());
  });
}

/** A v10 sheet: one scope's period, entries by `scopeId|currency`. */
interface ScopeSheet {
  readonly scope: AggregateScope;
  readonly month: string;
  readonly entries: Readonly<Record<string, SheetEntry>>;
}

const SPANS: ReadonlySet<string> = new Set<SheetSpan>(['day', 'month', 'year']);

/**
 * The logical rows that stored aggregates hold, whichever schema stored them: rows of their
 * own (before v10), sheets of one scope and period (v10), or sheets of one period (since
 * v11). For upgrades and restoring backups; anything else is passed on as it is, for verify
 * to report.
 */
export function logicalRowsOf(stored: readonly object[]): AggregateRow[] {
  const rows: AggregateRow[] = [];
  for (const item of stored) {
    const row = item as Partial<AggregateSheet & ScopeSheet>;
    if (typeof row.entries !== 'object' || row.entries === null) {
      rows.push(item as AggregateRow);
    } else if (typeof row.id === 'string' && SPANS.has(row.id.slice(0, row.id.indexOf('|')))) {
      rows.push(...rowsOfSheets([row as AggregateSheet]));
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
