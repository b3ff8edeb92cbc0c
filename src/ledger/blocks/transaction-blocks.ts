import type { Transaction } from '../../shared/domain';

/**
 * Transaction blocks: every transaction of one UTC week, packed into one stored row, beside
 * the transactions table. A statement export reads a few hundred blocks instead of a hundred
 * thousand rows: IndexedDB's cost is per row, and so is opening a sealed one. The blocks are
 * derived data, like the aggregates: the blocks middleware keeps them in step with every
 * write to `transactions`, `ledger.verify` checks them, and backups leave them out.
 */
export const BLOCKS_TABLE = 'transactionBlocks';

const WEEK = 7 * 86_400_000;

/** The block a transaction belongs in: whole weeks since the epoch (a Thursday), UTC. */
export function weekOf(occurredAt: number): number {
  return Math.floor(occurredAt / WEEK);
}

/** The first instant of a week. */
export function weekStart(week: number): number {
  return week * WEEK;
}

/**
 * A transaction as a block holds it: its fields in this order, absent ones as null and
 * trailing ones dropped, so that a block does not repeat every field name per row. A field
 * not listed here rides along in a last object, so a block never loses one.
 */
const FIELDS = [
  'id',
  'occurredAt',
  'kind',
  'timeZone',
  'month',
  'amount',
  'currency',
  'accountId',
  'toAccountId',
  'categoryId',
  'counterpartyId',
  'memo',
  'createdAt',
  'ownSides',
  'requestId',
  'receiptNo',
  'grossAmount',
  'discount',
  'promotionId',
  'orderRef',
  'balanceAfter',
  'refundOf',
] as const satisfies readonly (keyof Transaction)[];
const LISTED: ReadonlySet<string> = new Set(FIELDS);

export type PackedTransaction = unknown[];

export interface BlockRow {
  readonly week: number;
  /** Oldest first, by `occurredAt` then `id` (the order of the `[occurredAt+id]` index). */
  readonly rows: PackedTransaction[];
}

export function packTransaction(t: Transaction): PackedTransaction {
  const packed: unknown[] = [];
  const record = t as unknown as Record<string, unknown>;
  for (const field of FIELDS) packed.push(record[field] ?? null);
  let extra: Record<string, unknown> | undefined;
  for (const field in record) {
    if (!Object.hasOwn(record, field) || LISTED.has(field) || record[field] === undefined) continue;
    (extra ??= {})[field] = record[field];
  }
  while (packed.length && packed.at(-1) === null) packed.pop();
  if (extra) {
    while (packed.length < FIELDS.length) packed.push(null);
    packed.push(extra);
  }
  return packed;
}

export function unpackTransaction(packed: PackedTransaction): Transaction {
  const t: Record<string, unknown> = {};
  const count = Math.min(packed.length, FIELDS.length);
  for (let i = 0; i < count; i += 1) {
    const value = packed[i];
    if (value !== null) t[FIELDS[i]!] = value;
  }
  const extra = packed[FIELDS.length];
  if (extra && typeof extra === 'object') Object.assign(t, extra);
  return t as unknown as Transaction;
}

/** A packed row's `occurredAt` and `id`, without unpacking it. */
export function packedKey(packed: PackedTransaction): [number, string] {
  return [packed[1] as number, packed[0] as string];
}

/** Orders two transactions as the `[occurredAt+id]` index does. */
export function compareKeys(a: readonly [number, string], b: readonly [number, string]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/**
 * A block's rows with `added` put in (replacing rows of the same id) and the ids in `removed`
 * taken out, oldest first. Rows arrive mostly in order (a new payment is the newest), so the
 * sort at the end has little to do.
 */
export function changedRows(
  rows: readonly PackedTransaction[],
  added: readonly Transaction[],
  removed: ReadonlySet<string>,
): PackedTransaction[] {
  const replaced = new Set(added.map((t) => t.id));
  const kept = rows.filter((row) => {
    const id = row[0] as string;
    return !removed.has(id) && !replaced.has(id);
  });
  for (const t of added) kept.push(packTransaction(t));
  return kept.sort((a, b) => compareKeys(packedKey(a), packedKey(b)));
}
