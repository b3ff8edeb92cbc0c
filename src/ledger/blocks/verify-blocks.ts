import type { Transaction } from '../../shared/domain';
import {
  compareKeys,
  packedKey,
  packTransaction,
  weekOf,
  type BlockRow,
} from './transaction-blocks';

/**
 * What is wrong with the blocks, given the transactions they are built from: each
 * transaction is in its week's block exactly once and holds the same fields there; no block
 * holds a row that is not a transaction, nor is empty or out of order.
 */
export function blockProblems(
  transactions: readonly Transaction[],
  blocks: readonly BlockRow[],
): string[] {
  const problems: string[] = [];
  const byId = new Map(transactions.map((t) => [t.id, t]));
  const seen = new Set<string>();
  for (const block of blocks) {
    const rows: unknown = block.rows;
    if (!Array.isArray(rows) || rows.length === 0) {
      problems.push(`transaction block ${block.week} is empty or unreadable`);
      continue;
    }
    let previous: [number, string] | undefined;
    for (const row of rows as unknown[][]) {
      const key = packedKey(row);
      const [occurredAt, id] = key;
      const transaction = byId.get(id);
      if (!transaction) problems.push(`transaction block ${block.week} holds unknown ${id}`);
      else if (seen.has(id)) problems.push(`transaction ${id} is in more than one block`);
      else if (weekOf(occurredAt) !== block.week)
        problems.push(`transaction ${id} is in block ${block.week}, not its week's`);
      else if (JSON.stringify(row) !== JSON.stringify(packTransaction(transaction)))
        problems.push(`transaction ${id} differs from its copy in block ${block.week}`);
      if (previous && compareKeys(previous, key) >= 0)
        problems.push(`transaction block ${block.week} is out of order at ${id}`);
      seen.add(id);
      previous = key;
    }
  }
  for (const id of byId.keys())
    if (!seen.has(id)) problems.push(`transaction ${id} is missing from the blocks`);
  return problems;
}
