import { isFullyEditable, type CorrectionOutcome } from '../../../shared/corrections';
import type { z } from 'zod';
import type { transactionsDeleteInput } from '../../../shared/corrections';
import { PurseError } from '../../../shared/errors';
import { audit } from '../audit';
import { moneyTables, type EngineContext } from '../context';
import { currentDetail } from './edit-transaction';
import { assertNoRefundLeft } from './refund-links';
import { recordOperation } from './operations';
import { replaceTransactions } from './replace-transactions';
import { undoState } from './undo';
import type { UndoStack } from './undo-stack';

/**
 * Deletes income, an expense or a transfer (money a PIN confirmed is refunded or reversed
 * instead, never removed). The balances and aggregates lose it in the same transaction, and
 * the operation keeps it whole, so that an undo puts it back as it was.
 */
export function deleteTransaction(
  ctx: EngineContext,
  stack: UndoStack,
  input: z.output<typeof transactionsDeleteInput>,
): Promise<CorrectionOutcome> {
  return stack.serial(async () => {
    const operationId = await ctx.db.transaction('rw', moneyTables(ctx.db), async () => {
      const current = await currentDetail(ctx, input.id, input.revision);
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
      return row.id;
    });
    stack.done(operationId);
    return { operationId, state: await undoState(ctx, stack) };
  });
}
