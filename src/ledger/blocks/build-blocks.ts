import type { Table } from 'dexie';
import type { Transaction } from '../../shared/domain';
import { forEachSliceById } from '../table-slices';
import { changedRows, weekOf, type BlockRow, type PackedTransaction } from './transaction-blocks';

/**
 * Builds every block from the stored transactions, reading them in slices of their primary
 * key: for the schema upgrade that adds the blocks.
 */
export async function buildBlocks(
  transactions: Table<Transaction, string>,
  blocks: Table<BlockRow, number>,
): Promise<number> {
  const weeks = new Map<number, Transaction[]>();
  await forEachSliceById(transactions, 5_000, (rows) => {
    for (const row of rows) {
      const week = weekOf(row.occurredAt);
      const list = weeks.get(week);
      if (list) list.push(row);
      else weeks.set(week, [row]);
    }
  });
  const empty: PackedTransaction[] = [];
  const built = [...weeks].map(([week, rows]) => ({
    week,
    rows: changedRows(empty, rows, new Set()),
  }));
  await blocks.clear();
  if (built.length) await blocks.bulkPut(built);
  return built.length;
}
