import type { z } from 'zod';
import type { Transaction, TransactionDetail } from '../../../shared/domain';
import { assertMayChangeReconciled } from './reconciled-lock';
import { PurseError } from '../../../shared/errors';
import type { ClearOutcome, transactionsClearInput } from '../../../shared/reconcile';
import { audit } from '../audit';
import type { EngineContext } from '../context';
import { nextRevision, recordOperation, type Changed } from '../corrections/operations';
import { replaceTransactions, storedDetails } from '../corrections/replace-transactions';
import { runCorrection } from '../corrections/undo';
import type { UndoStack } from '../corrections/undo-stack';

/** `txn` cleared (or not) on `accountId`; unclearing also takes its reconciliation off. */
function withCleared(txn: Transaction, accountId: string, cleared: boolean): Transaction {
  const { cleared: wasCleared = [], reconciled: wasReconciled = [], ...rest } = txn;
  const others = (list: readonly string[]) => list.filter((id) => id !== accountId);
  const clearedOn = cleared ? [...others(wasCleared), accountId].sort() : others(wasCleared);
  const reconciledOn = cleared ? wasReconciled : others(wasReconciled);
  return {
    ...rest,
    ...(clearedOn.length ? { cleared: clearedOn } : {}),
    ...(reconciledOn.length ? { reconciled: reconciledOn } : {}),
  };
}

/** Whether a transaction moves money in or out of `accountId`. */
function touches(txn: Transaction, accountId: string): boolean {
  return txn.accountId === accountId || txn.toAccountId === accountId;
}

/**
 * Marks transactions cleared (the statement shows them) or not on one account, as one
 * operation that an undo takes back. Nothing moves: balances and figures stay, only the
 * transactions' state and revision change. A reconciled one is uncleared only once the
 * person confirms; one that does not touch the account is refused, naming it.
 */
export async function clearTransactions(
  ctx: EngineContext,
  stack: UndoStack,
  input: z.output<typeof transactionsClearInput>,
): Promise<ClearOutcome> {
  const { value, outcome } = await runCorrection(ctx, stack, async () => {
    const ids = [...new Set(input.ids)];
    const stored = await storedDetails(ctx, ids);
    const changed: Changed[] = [];
    for (const [index, detail] of stored.entries()) {
      if (!detail)
        throw new PurseError('NOT_FOUND', 'That transaction does not exist.', { id: ids[index]! });
      const txn = detail.transaction;
      if (!touches(txn, input.accountId))
        throw new PurseError(
          'VALIDATION',
          'That transaction does not move money on this account.',
          {
            id: txn.id,
            field: 'accountId',
          },
        );
      if (txn.cleared?.includes(input.accountId) === input.cleared) continue;
      if (!input.cleared && txn.reconciled?.includes(input.accountId))
        assertMayChangeReconciled(txn, input.confirmReconciled);
      const after: TransactionDetail = {
        transaction: {
          ...withCleared(txn, input.accountId, input.cleared),
          revision: await nextRevision(ctx, txn.id),
        },
        postings: detail.postings,
      };
      changed.push({ before: detail, after });
    }
    if (changed.length === 0) return { value: 0, operationId: undefined };
    await replaceTransactions(
      ctx,
      changed.map(({ before, after }) => ({ from: before!, to: after! })),
    );
    const row = await recordOperation(ctx, 'clear', changed);
    await audit(ctx, 'transactions.clear', input.accountId, {
      count: changed.length,
      cleared: input.cleared,
    });
    return { value: changed.length, operationId: row.id };
  });
  return { changed: value, ...(outcome ?? {}) };
}
