import type { SplitLine, Transaction } from '../../shared/domain';
import { PurseError } from '../../shared/errors';
import { SPLITTABLE_KINDS, splitTotal } from '../../shared/splits';
import type { EngineContext } from './context';

/**
 * Checks a split against its transaction and the ledger: a kind that may be split, lines
 * that add up to the amount, each on an open category of the transaction's own kind. The
 * error names the field (`splits`, or `splits.2.categoryId`) and changes nothing.
 */
export async function checkSplits(
  ctx: EngineContext,
  txn: Pick<Transaction, 'kind' | 'amount'>,
  lines: readonly SplitLine[],
): Promise<void> {
  if (!SPLITTABLE_KINDS.has(txn.kind)) {
    throw new PurseError('VALIDATION', 'Only income and expenses can be split.', {
      field: 'splits',
      kind: txn.kind,
    });
  }
  const total = splitTotal(lines);
  if (total !== txn.amount) {
    throw new PurseError('VALIDATION', 'The split lines do not add up to the amount.', {
      field: 'splits',
      total,
      amount: txn.amount,
      remainder: txn.amount - total,
    });
  }
  const ids = [...new Set(lines.map((line) => line.categoryId))];
  const found = await ctx.db.categories.bulkGet(ids);
  ids.forEach((id, index) => {
    const category = found[index];
    const field = `splits.${lines.findIndex((line) => line.categoryId === id)}.categoryId`;
    if (!category)
      throw new PurseError('NOT_FOUND', 'That category does not exist.', { id, field });
    if (category.kind !== txn.kind)
      throw new PurseError('VALIDATION', `Choose an ${txn.kind} category.`, {
        id,
        field,
        kind: txn.kind,
      });
    if (category.archived)
      throw new PurseError('VALIDATION', 'That category is archived.', { id, field });
  });
}
