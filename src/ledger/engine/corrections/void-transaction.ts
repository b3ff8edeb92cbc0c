import type { z } from 'zod';
import {
  VOIDABLE_KINDS,
  type transactionsVoidCommit,
  type VoidOutcome,
  type VoidRefusal,
} from '../../../shared/corrections';
import type { Transaction, TransactionDetail } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { audit } from '../audit';
import type { EngineContext } from '../context';
import { buildTransaction } from '../post-transaction';
import { openAccountOf } from '../require';
import { currentDetail } from './edit-transaction';
import { nextRevision, recordOperation } from './operations';
import { replaceTransactions } from './replace-transactions';
import { runCorrection } from './undo';
import type { UndoStack } from './undo-stack';

const REFUSALS: Readonly<Record<VoidRefusal, string>> = {
  'already-voided': 'This transaction was already voided.',
  'is-reversal': 'A reversal is not voided: undo the void instead.',
  'use-refund': 'A payment is corrected by a refund: open its receipt and refund it.',
  'not-voidable': 'Only money a PIN confirmed is voided: correct or delete this instead.',
};

function refuse(reason: VoidRefusal, txn: Transaction): never {
  throw new PurseError('VOID_REFUSED', REFUSALS[reason], { reason, kind: txn.kind, field: 'id' });
}

/** Refuses what a void does not correct, naming why. */
function assertVoidable(txn: Transaction): void {
  if (txn.voidedBy !== undefined) refuse('already-voided', txn);
  if (txn.kind === 'reversal') refuse('is-reversal', txn);
  if (txn.kind === 'payment' || txn.kind === 'refund') refuse('use-refund', txn);
  if (!VOIDABLE_KINDS.has(txn.kind)) refuse('not-voidable', txn);
}

/**
 * The reversing entry: the original's postings negated (so every balance, category and
 * contact line it moved comes back), dated now, naming what it reverses. Money sent to a
 * contact comes back into its account; a move between own accounts goes back the other way.
 */
function reversalOf(
  ctx: EngineContext,
  original: TransactionDetail,
  id: string,
  timeZone: string,
): TransactionDetail {
  const txn = original.transaction;
  const now = ctx.clock.now();
  const back = txn.toAccountId
    ? { accountId: txn.toAccountId, toAccountId: txn.accountId }
    : { accountId: txn.accountId };
  return buildTransaction(
    {
      kind: 'reversal',
      occurredAt: now,
      timeZone,
      amount: txn.amount,
      currency: txn.currency,
      ...back,
      ...(txn.categoryId ? { categoryId: txn.categoryId } : {}),
      ...(txn.counterpartyId ? { counterpartyId: txn.counterpartyId } : {}),
      reverses: txn.id,
      reversedKind: txn.kind,
      postings: original.postings.map((posting) => ({
        ledgerAccount: posting.ledgerAccount,
        amount: -posting.amount,
      })),
    },
    id,
    now,
  );
}

/**
 * Voids money a PIN confirmed (a transfer to a contact, a top-up, a withdrawal): a new
 * reversing transaction, and the original marked `voidedBy` it at a new revision — never
 * removed. One operation, in the corrections' queue, so an undo takes the reversal away and
 * unmarks the original; a void that would take an account other than a credit card below
 * zero (a top-up whose money was spent) is refused by `replaceTransactions`.
 */
export async function voidTransaction(
  ctx: EngineContext,
  stack: UndoStack,
  input: z.output<typeof transactionsVoidCommit>,
): Promise<VoidOutcome> {
  const { value, outcome } = await runCorrection(ctx, stack, async () => {
    const current = await currentDetail(ctx, input.id, input.revision);
    const txn = current.transaction;
    assertVoidable(txn);
    // Money goes back through accounts that can still take postings.
    for (const id of [txn.accountId, txn.toAccountId])
      if (id) openAccountOf(await ctx.db.accounts.get(id), id);
    const reversal = reversalOf(ctx, current, newId(), input.timeZone ?? ctx.timeZone);
    const voided: TransactionDetail = {
      transaction: {
        ...txn,
        voidedBy: reversal.transaction.id,
        revision: await nextRevision(ctx, txn.id),
        editedAt: ctx.clock.now(),
      },
      postings: current.postings,
    };
    await replaceTransactions(ctx, [{ from: current, to: voided }, { to: reversal }]);
    const row = await recordOperation(ctx, 'void', [
      { before: current, after: voided },
      { after: reversal },
    ]);
    await audit(ctx, 'transaction.void', txn.id, {
      kind: txn.kind,
      amount: txn.amount,
      currency: txn.currency,
    });
    return { value: reversal, operationId: row.id };
  });
  return { reversal: value, ...outcome! };
}
