import type { Table } from 'dexie';
import type { Transaction } from '../../shared/domain';
import { changedRows, weekOf, type BlockRow, type PackedTransaction } from './transaction-blocks';

/**
 * Builds every block from the stored transactions, reading them in slices of their primary
 * key: for the schema upgrade that adds the blocks. Only Dexie calls are awaited, so that the
 * version change transaction keeps its turn.
 */
export async function buildBlocks(
  transactions: Table<Transaction, string>,
  blocks: Table<BlockRow, number>,
): Promise<number> {
  const weeks = new Map<number, Transaction[]>();
  let after: string | undefined;
  for (;;) {
    const rows = await (
      after === undefined ? transactions.orderBy(':id') : transactions.where(':id').above(after)
    )
      .limit(5_000)
      .toArray();
    if (!rows.length) break;
    after = rows.at(-1)!.id;
    for (const row of rows) {
      const week = weekOf(row.occurredAt);
      const list = weeks.get(week);
      if (list) list.push(row);
      else weeks.set(week, [row]);
    }
  }
  const empty: PackedTransaction[] = [];
  const built = [...weeks].map(([week, rows]) => ({
    week,
    rows: changedRows(empty, rows, new Set()),
  }));
  await blocks.clear();
  if (built.length) await blocks.bulkPut(built);
  return built.length;
}
