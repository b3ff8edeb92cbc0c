import type { Dexie, Transaction } from 'dexie';
import type { Category, Transaction as LedgerTransaction } from '../shared/domain';
import type { AggregateRow } from './db';
import { buildBlocks } from './blocks/build-blocks';
import { BLOCKS_TABLE, type BlockKey, type BlockRow } from './blocks/transaction-blocks';
import { categoryKinds, ROLLUP_SCOPES, rollupRows } from './engine/aggregates';
import { logicalRowsOf, sheetsOfRows } from './engine/aggregate-sheets';
import { forEachSliceById } from './table-slices';

/**
 * Every schema version, oldest first. Never edit a shipped version: add a new one with an
 * upgrade function, and a fixture test that opens a database made by every earlier one.
 */
const V1_STORES = {
  accounts: 'id, kind',
  categories: 'id, kind, builtin',
  counterparties: 'id, kind',
  transactions: 'id, [occurredAt+id], month, kind, accountId, counterpartyId',
  postings: 'id, txnId, [ledgerAccount+occurredAt]',
  aggregates: 'id, [scope+month], [scope+scopeId+month]',
  meta: 'key',
  auditLog: 'id, at, kind',
};

const V3_STORES = {
  ...V1_STORES,
  transactions:
    'id, [occurredAt+id], month, kind, accountId, counterpartyId, &requestId, receiptNo, refundOf',
  promotions: 'id, merchantId',
  riskAlerts: 'id, at, counterpartyId',
};

const V4_STORES = {
  ...V3_STORES,
  bills: 'id, billerId',
  billOccurrences: 'id, billId, dueDate',
  billNotices: 'id',
};

const V5_STORES = { ...V4_STORES, budgets: 'id, month, categoryId' };

/**
 * Memo search: the blind index (crypto/blind-index.ts), a multiEntry index of the keyed
 * tokens that the sealing middleware stores beside each transaction's sealed memo.
 */
const MEMO_SEARCH_STORES = {
  ...V5_STORES,
  transactions: `${V5_STORES.transactions}, *memoTokens`,
};

/**
 * One index over the aggregates: a range of one account's, category's or counterparty's
 * rows is a range of their ids (`rowsOfScopeId`), so `[scope+scopeId+month]` only cost an
 * index entry on every aggregate write (a payment writes about ten, an import thousands).
 */
const AGGREGATES_BY_ID_STORES = {
  ...MEMO_SEARCH_STORES,
  aggregates: 'id, [scope+month]',
};

/** Runs of transactions in one row each, for statements (blocks/transaction-blocks.ts). */
const TRANSACTION_BLOCKS_STORES = {
  ...AGGREGATES_BY_ID_STORES,
  [BLOCKS_TABLE]: 'start',
};

/**
 * The aggregates as period sheets: a span's sheets are a range of ids (`month|2026-01` to
 * `month|2026-11`), so no index is kept beside them.
 */
const PERIOD_SHEETS_STORES = { ...TRANSACTION_BLOCKS_STORES, aggregates: 'id' };

/**
 * A counterparty's transactions by when they happened, in place of the plain `counterpartyId`
 * index (one index entry per row either way): the category of a merchant's last payment is a
 * cursor step from the end of its range, not a read of every payment it ever had.
 */
const BY_COUNTERPARTY_STORES = {
  ...PERIOD_SHEETS_STORES,
  transactions:
    'id, [occurredAt+id], month, kind, accountId, [counterpartyId+occurredAt], &requestId, receiptNo, refundOf, *memoTokens',
};

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/** Re-writes every row so that the sealing middleware stores it encrypted. */
async function sealEveryRow(tx: Transaction, tables: readonly string[]): Promise<void> {
  // Only this version's own tables: later versions' tables are not part of its upgrade.
  for (const name of tables) {
    const rows = await tx.table(name).toArray();
    if (rows.length) await tx.table(name).bulkPut(rows);
  }
}

/** The version that added the roll-ups of the monthly aggregates (see `AggregateScope`). */
export const ROLLUPS_SCHEMA_VERSION = 6;

/**
 * Builds the roll-ups from the monthly rows, which v6 to v9 stored one per scope, scopeId,
 * period and currency (`AggregateRow`).
 */
async function buildRollupRows(tx: Transaction): Promise<void> {
  const aggregates = tx.table<AggregateRow, string>('aggregates');
  for (const scope of ROLLUP_SCOPES)
    await aggregates.where('[scope+month]').between([scope, ''], [scope, '\uffff']).delete();
  const monthly = (
    await Promise.all(
      (['account', 'category', 'counterparty'] as const).map((scope) =>
        aggregates.where('[scope+month]').between([scope, ''], [scope, '\uffff']).toArray(),
      ),
    )
  ).flat();
  const kinds = await categoryKinds(tx.table<Category, string>('categories'), monthly);
  const rows = rollupRows(monthly, kinds);
  if (rows.length) await aggregates.bulkPut(rows);
}

/** The version that stores the aggregates as sheets (see `AggregateSheet`). */
export const SHEETS_SCHEMA_VERSION = 10;

/** Packs the stored aggregate rows into sheets, in the upgrade's own transaction. */
async function packAggregates(tx: Transaction): Promise<void> {
  const aggregates = tx.table('aggregates');
  const rows = (await aggregates.toArray()) as AggregateRow[];
  await aggregates.clear();
  if (rows.length) await aggregates.bulkPut(sheetsOfRows(rows));
}

/** The version that stores the aggregates as one sheet per period (see `AggregateSheet`). */
export const PERIOD_SHEETS_SCHEMA_VERSION = 11;

/** Re-packs the stored aggregates, as whichever version left them, into period sheets. */
async function repackAggregates(tx: Transaction): Promise<void> {
  const aggregates = tx.table('aggregates');
  const rows = logicalRowsOf((await aggregates.toArray()) as object[]);
  await aggregates.clear();
  if (rows.length) await aggregates.bulkPut(sheetsOfRows(rows));
}

/**
 * Re-writes every transaction with a memo, in slices of its primary key, so that the
 * middleware (which holds the data key the search key comes from) stores its tokens.
 * Only Dexie calls are awaited: the version change transaction must not lose its turn.
 */
async function indexMemos(tx: Transaction): Promise<void> {
  const table = tx.table<{ id: string; memo?: unknown }, string>('transactions');
  await forEachSliceById(table, 2_000, (rows) => {
    const withMemo = rows.filter((row) => typeof row.memo === 'string' && row.memo !== '');
    if (withMemo.length) return table.bulkPut(withMemo);
  });
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  // v2: encryption at rest. Same indexes; every non-indexed field is sealed.
  { version: 2, stores: V1_STORES, upgrade: (tx) => sealEveryRow(tx, Object.keys(V1_STORES)) },
  // v3: payments — idempotency keys, receipts, refunds; promotions and risk alerts.
  { version: 3, stores: V3_STORES },
  // v4: bills, the occurrences acted on (paid, skipped) and the notices already sent.
  { version: 4, stores: V4_STORES },
  // v5: monthly budgets per category (alerts reuse the notices table).
  { version: 5, stores: V5_STORES },
  // v6: yearly, per-kind and all-accounts roll-ups of the monthly aggregates, in scopes of
  // their own (same indexes), built from the monthly rows already stored.
  {
    version: ROLLUPS_SCHEMA_VERSION,
    stores: V5_STORES,
    upgrade: buildRollupRows,
  },
  // v7: a blind index of memos, so that text search reads only the rows that can match.
  { version: 7, stores: MEMO_SEARCH_STORES, upgrade: indexMemos },
  // v8: drops the aggregates' `[scope+scopeId+month]` index (see AGGREGATES_BY_ID_STORES).
  { version: 8, stores: AGGREGATES_BY_ID_STORES },
  // v9: transaction blocks, built from the rows stored; the blocks middleware keeps them.
  {
    version: 9,
    stores: TRANSACTION_BLOCKS_STORES,
    upgrade: async (tx) => {
      await buildBlocks(
        tx.table<LedgerTransaction, string>('transactions'),
        tx.table<BlockRow, BlockKey>(BLOCKS_TABLE),
      );
    },
  },
  // v10: the aggregates of one scope and period packed into one row, a sheet (same indexes).
  { version: SHEETS_SCHEMA_VERSION, stores: TRANSACTION_BLOCKS_STORES, upgrade: packAggregates },
  // v11: one sheet per period (day, month, year) holding every scope; no index but the id.
  {
    version: PERIOD_SHEETS_SCHEMA_VERSION,
    stores: PERIOD_SHEETS_STORES,
    upgrade: repackAggregates,
  },
  // v12: transactions indexed by counterparty and time instead of counterparty alone.
  { version: 12, stores: BY_COUNTERPARTY_STORES },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export function applySchema(db: Dexie): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
