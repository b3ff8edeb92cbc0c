import { isFullyEditable, type CorrectionOutcome } from '../../../shared/corrections';
import type { z } from 'zod';
import type { transactionsDeleteInput } from '../../../shared/corrections';
import { PurseError } from '../../../shared/errors';
import { audit } from '../audit';
import type { EngineContext } from '../context';
import { currentDetail } from './edit-transaction';
import { assertNoRefundLeft } from './refund-links';
import { recordOperation } from './operations';
import { replaceTransactions } from './replace-transactions';
import { runCorrection } from './undo';
import { assertMayChangeReconciled } from '../reconcile/reconciled-lock';
import type { UndoStack } from './undo-stack';

/**
 * Deletes income, an expense or a transfer (money a PIN confirmed is refunded or reversed
 * instead, never removed). The balances and aggregates lose it in the same transaction, and
 * the operation keeps it whole, so that an undo puts it back as it was.
 */
export async function deleteTransaction(
  ctx: EngineContext,
  stack: UndoStack,
  input: z.output<typeof transactionsDeleteInput>,
): Promise<CorrectionOutcome> {
  const { outcome } = await runCorrection(ctx, stack, async () => {
    const current = await currentDetail(ctx, input.id, input.revision);
    assertMayChangeReconciled(current.transaction, input.confirmReconciled);
    if (!isFullyEditable(current.transaction)) {
      throw new PurseError(
        'VALIDATION',
        'Money confirmed with the PIN is not deleted: refund or reverse it instead.',
        { kind: current.transaction.kind },
      );
    }
    await assertNoRefundLeft(ctx, [input.id]);
    await replaceTransactions(ctx, [{ from: current }]);
    const row = await recordOperation(ctx, 'delete', [{ before: current }]);
    await audit(ctx, 'transaction.delete', input.id, { kind: current.transaction.kind });
    return { value: undefined, operationId: row.id };
  });
  return outcome!;
}
