import { PurseError } from '../../../shared/errors';
import type { EngineContext } from '../context';

/**
 * Refuses to remove transactions that a refund left in the ledger names: the refund would
 * belong to nothing. Refunds removed with them (an import's own) do not count.
 */
export async function assertNoRefundLeft(
  ctx: EngineContext,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const gone = new Set(ids);
  const refunds = await ctx.db.transactions
    .where('refundOf')
    .anyOf([...ids])
    .primaryKeys();
  const left = refunds.filter((id) => !gone.has(id));
  if (left.length) {
    throw new PurseError('VALIDATION', 'A refund belongs to this transaction: delete it first.', {
      refunds: left.length,
    });
  }
}
