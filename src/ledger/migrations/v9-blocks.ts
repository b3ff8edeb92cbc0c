import type { Table } from 'dexie';
import { forEachSliceById } from './v7-table-slices';

/**
 * Transaction blocks as v9 builds them: runs of up to `BLOCK_ROWS` transactions in the order
 * of the `[occurredAt+id]` index, each packed into one row keyed by where it starts. From
 * then on the blocks middleware keeps them, in the same format.
 */
export const BLOCKS_TABLE = 'transactionBlocks';

const BLOCK_ROWS = 32;

/** A transaction's place in the `[occurredAt+id]` order. */
export type BlockKey = readonly [occurredAt: number, id: string];

/** The start of the first block: before every transaction. */
const FIRST_START: BlockKey = [Number.MIN_SAFE_INTEGER, ''];

/** A transaction row as stored: packing reads its fields by name. */
export type StoredTransaction = { readonly id: string } & Readonly<Record<string, unknown>>;

/**
 * The fields a block holds of a transaction, in this order, absent ones as null and trailing
 * ones dropped; a field not listed rides along in a last object.
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
] as const;
const LISTED: ReadonlySet<string> = new Set(FIELDS);

type PackedTransaction = unknown[];

export interface BlockRow {
  readonly start: BlockKey;
  /** Oldest first, by `occurredAt` then `id`. */
  readonly rows: PackedTransaction[];
}

function packTransaction(record: StoredTransaction): PackedTransaction {
  const packed: unknown[] = [];
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

function packedKey(packed: PackedTransaction): BlockKey {
  return [packed[1] as number, packed[0] as string];
}

/** Orders two transactions as the `[occurredAt+id]` index does. */
function compareKeys(a: BlockKey, b: BlockKey): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/** Builds every block from the stored transactions, read in slices of their primary key. */
export async function buildBlocks(
  transactions: Table<StoredTransaction, string>,
  blocks: Table<BlockRow, BlockKey>,
): Promise<void> {
  const packed: PackedTransaction[] = [];
  await forEachSliceById(transactions, 5_000, (rows) => {
    for (const row of rows) packed.push(packTransaction(row));
  });
  packed.sort((a, b) => compareKeys(packedKey(a), packedKey(b)));
  const built: BlockRow[] = [];
  for (let at = 0; at < packed.length; at += BLOCK_ROWS) {
    const run = packed.slice(at, at + BLOCK_ROWS);
    built.push({ start: at === 0 ? FIRST_START : packedKey(run[0]!), rows: run });
  }
  await blocks.clear();
  if (built.length) await blocks.bulkPut(built);
}
