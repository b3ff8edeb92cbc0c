import type { Transaction } from 'dexie';
import { stores as v8Stores } from './v8';
import {
  BLOCKS_TABLE,
  buildBlocks,
  type BlockKey,
  type BlockRow,
  type StoredTransaction,
} from './v9-blocks';

/**
 * v9: transaction blocks, runs of transactions in one row each for statements, built from
 * the rows stored; the blocks middleware keeps them from then on.
 */
export const stores = { ...v8Stores, [BLOCKS_TABLE]: 'start' };

export async function upgrade(tx: Transaction): Promise<void> {
  await buildBlocks(
    tx.table<StoredTransaction, string>('transactions'),
    tx.table<BlockRow, BlockKey>(BLOCKS_TABLE),
  );
}
