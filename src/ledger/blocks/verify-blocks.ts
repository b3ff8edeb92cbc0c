import type { Transaction } from '../../shared/domain';
import {
  compareKeys,
  packedKey,
  packTransaction,
  type BlockKey,
  type BlockRow,
} from './transaction-blocks';

/**
 * What is wrong with the blocks, given the transactions they are built from: each
 * transaction is in exactly one block, the one whose span holds it, with the same fields;
 * no block holds a row that is not a transaction, nor is empty or out of order.
 */
export function blockProblems(
  transactions: readonly Transaction[],
  blocks: readonly BlockRow[],
): string[] {
  const problems: string[] = [];
  const byId = new Map(transactions.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const ordered = [...blocks].sort((a, b) => compareKeys(a.start, b.start));
  ordered.forEach((block, index) => {
    const name = `transaction block ${block.start.join('/')}`;
    const rows: unknown = block.rows;
    if (!Array.isArray(rows) || rows.length === 0) {
      problems.push(`${name} is empty or unreadable`);
      return;
    }
    const next: BlockKey | undefined = ordered[index + 1]?.start;
    let previous: BlockKey | undefined;
    for (const row of rows as unknown[][]) {
      const key = packedKey(row);
      const id = key[1];
      const transaction = byId.get(id);
      if (!transaction) problems.push(`${name} holds unknown ${id}`);
      else if (seen.has(id)) problems.push(`transaction ${id} is in more than one block`);
      else if (compareKeys(key, block.start) < 0 || (next && compareKeys(key, next) >= 0))
        problems.push(`transaction ${id} lies outside ${name}`);
      else if (JSON.stringify(row) !== JSON.stringify(packTransaction(transaction)))
        problems.push(`transaction ${id} differs from its copy in ${name}`);
      if (previous && compareKeys(previous, key) >= 0)
        problems.push(`${name} is out of order at ${id}`);
      seen.add(id);
      previous = key;
    }
  });
  for (const id of byId.keys())
    if (!seen.has(id)) problems.push(`transaction ${id} is missing from the blocks`);
  return problems;
}
