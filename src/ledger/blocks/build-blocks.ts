import type { Table } from 'dexie';
import type { Transaction } from '../../shared/domain';
import { forEachSliceById } from '../table-slices';
import {
  compareKeys,
  cutBlock,
  FIRST_START,
  packedKey,
  packTransaction,
  type BlockKey,
  type BlockRow,
  type PackedTransaction,
} from './transaction-blocks';

/**
 * Builds every block from the stored transactions, reading them in slices of their primary
 * key: for the schema upgrade that adds the blocks.
 */
export async function buildBlocks(
  transactions: Table<Transaction, string>,
  blocks: Table<BlockRow, BlockKey>,
): Promise<number> {
  const packed: PackedTransaction[] = [];
  await forEachSliceById(transactions, 5_000, (rows) => {
    for (const row of rows) packed.push(packTransaction(row));
  });
  packed.sort((a, b) => compareKeys(packedKey(a), packedKey(b)));
  const built = cutBlock(FIRST_START, packed);
  await blocks.clear();
  if (built.length) await blocks.bulkPut(built);
  return built.length;
}
