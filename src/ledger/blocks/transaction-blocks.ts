import type { Transaction } from '../../shared/domain';

/**
 * Transaction blocks: runs of up to `BLOCK_ROWS` transactions, consecutive in the order of
 * the `[occurredAt+id]` index, packed into one stored row each, beside the transactions
 * table. A statement export reads a few hundred blocks instead of a hundred thousand rows:
 * IndexedDB's cost is per row, and so is opening a sealed one. A block is keyed by where it
 * starts and holds every transaction from there up to the next block's start; a block that
 * outgrows `BLOCK_ROWS` is cut in runs of that size, so a write never rewrites more than one
 * block's worth however dense the ledger. The blocks are derived data, like the aggregates:
 * the blocks middleware keeps them in step with every write to `transactions`,
 * `ledger.verify` checks them, and backups leave them out.
 */
export const BLOCKS_TABLE = 'transactionBlocks';

/** Rows per block at most: what a payment rewrites (about 12 KB sealed). */
export const BLOCK_ROWS = 32;

/** A transaction's place in the `[occurredAt+id]` order. */
export type BlockKey = readonly [occurredAt: number, id: string];

/** The start of the first block: before every transaction. */
export const FIRST_START: BlockKey = [Number.MIN_SAFE_INTEGER, ''];

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
/** Fields a block leaves out: a row's postings (`lines`), which no reader of blocks needs. */
const LISTED: ReadonlySet<string> = new Set([...FIELDS, 'lines']);
const MEMO = FIELDS.indexOf('memo');

export type PackedTransaction = unknown[];

export interface BlockRow {
  /** The key from which this block holds every transaction, up to the next block's start. */
  readonly start: BlockKey;
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

/** The memos of a block's rows (absent ones as null), without unpacking them. */
export function memosOf(block: Pick<BlockRow, 'rows'>): unknown[] {
  return block.rows.map((row) => row[MEMO] ?? null);
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
export function packedKey(packed: PackedTransaction): BlockKey {
  return [packed[1] as number, packed[0] as string];
}

/** A block's start as one string, to key a set or a map of blocks by. */
export function startName(start: BlockKey): string {
  return `${start[0]}|${start[1]}`;
}

export function keyOf(t: Pick<Transaction, 'occurredAt' | 'id'>): BlockKey {
  return [t.occurredAt, t.id];
}

/** Orders two transactions as the `[occurredAt+id]` index does. */
export function compareKeys(a: BlockKey, b: BlockKey): number {
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

/**
 * The index of the block holding `key` among block starts in ascending order: the last one
 * at or before it, or -1 when it comes before them all.
 */
export function blockIndexOf(starts: readonly BlockKey[], key: BlockKey): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (compareKeys(starts[mid]!, key) <= 0) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * A block's rows as the blocks to store: runs of `BLOCK_ROWS`, the first keeping the
 * block's start, each later one starting at its first row; none when the rows are gone.
 */
export function cutBlock(start: BlockKey, rows: readonly PackedTransaction[]): BlockRow[] {
  const blocks: BlockRow[] = [];
  for (let at = 0; at < rows.length; at += BLOCK_ROWS) {
    const run = rows.slice(at, at + BLOCK_ROWS);
    blocks.push({ start: at === 0 ? start : packedKey(run[0]!), rows: run });
  }
  return blocks;
}
