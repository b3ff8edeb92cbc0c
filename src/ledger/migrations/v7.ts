import type { Transaction } from 'dexie';
import { stores as v6Stores } from './v6';
import { forEachSliceById } from './v7-table-slices';

/**
 * v7: memo search. The blind index (crypto/blind-index.ts) is a multiEntry index of the
 * keyed tokens that the sealing middleware stores beside each transaction's sealed memo.
 */
export const stores = {
  ...v6Stores,
  transactions: `${v6Stores.transactions}, *memoTokens`,
};

/**
 * Re-writes every transaction with a memo, in slices of its primary key, so that the
 * middleware (which holds the data key the search key comes from) stores its tokens.
 * Only Dexie calls are awaited: the version change transaction must not lose its turn.
 */
export async function upgrade(tx: Transaction): Promise<void> {
  const table = tx.table<{ id: string; memo?: unknown }, string>('transactions');
  await forEachSliceById(table, 2_000, (rows) => {
    const withMemo = rows.filter((row) => typeof row.memo === 'string' && row.memo !== '');
    if (withMemo.length) return table.bulkPut(withMemo);
  });
}
