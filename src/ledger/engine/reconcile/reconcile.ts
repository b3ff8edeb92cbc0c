import type { z } from 'zod';
import type { Transaction, TransactionDetail } from '../../../shared/domain';
import { amountOn, rowsOnSide, transactionOf } from '../../transaction-rows';
import { PurseError } from '../../../shared/errors';
import { addMinor } from '../../../shared/money';
import {
  isClearedOn,
  UNCLEARED_LISTED,
  type accountsReconcileInput,
  type ReconcileOutcome,
  type ReconcileState,
  type reconcileStateInput,
} from '../../../shared/reconcile';
import { audit } from '../audit';
import type { EngineContext } from '../context';
import { nextRevision, recordOperation, type Changed } from '../corrections/operations';
import { replaceTransactions, storedDetails } from '../corrections/replace-transactions';
import { runCorrection } from '../corrections/undo';
import type { UndoStack } from '../corrections/undo-stack';
import { requireAccount } from '../require';

/** An account's transactions up to `through`, each with its postings on that account. */
async function sidesThrough(ctx: EngineContext, accountId: string, through: number) {
  const rows = await rowsOnSide(ctx.db.transactions, accountId, undefined, through).toArray();
  return rows.map((row) => ({ txn: transactionOf(row), amount: amountOn(row, accountId) }));
}

/** The account against a statement closing at `through`, read in the caller's transaction. */
async function stateOf(
  ctx: EngineContext,
  accountId: string,
  through: number,
): Promise<ReconcileState & { readonly clearedTxns: readonly Transaction[] }> {
  const account = await requireAccount(ctx, accountId);
  let clearedBalance = 0;
  let reconciledCount = 0;
  const clearedTxns: Transaction[] = [];
  const uncleared: Transaction[] = [];
  for (const { txn, amount } of await sidesThrough(ctx, accountId, through)) {
    // The opening balance is where the account's statements start: always cleared.
    if (txn.kind === 'opening' || isClearedOn(txn, accountId)) {
      clearedBalance = addMinor(clearedBalance, amount);
      if (txn.kind === 'opening') continue;
      clearedTxns.push(txn);
      if (txn.reconciled?.includes(accountId)) reconciledCount += 1;
    } else uncleared.push(txn);
  }
  uncleared.sort((a, b) => b.occurredAt - a.occurredAt || (a.id < b.id ? 1 : -1));
  return {
    accountId,
    currency: account.currency,
    through,
    clearedBalance,
    clearedCount: clearedTxns.length,
    reconciledCount,
    uncleared: uncleared.slice(0, UNCLEARED_LISTED),
    unclearedCount: uncleared.length,
    clearedTxns,
  };
}

/** What reconciling an account against a statement closing at `through` starts from. */
export async function reconcileState(
  ctx: EngineContext,
  input: z.output<typeof reconcileStateInput>,
): Promise<ReconcileState> {
  return ctx.db.transaction('r', [ctx.db.accounts, ctx.db.transactions], async () => {
    const { clearedTxns: _cleared, ...state } = await stateOf(ctx, input.accountId, input.through);
    return state;
  });
}

/**
 * Reconciles an account: when its cleared balance up to the statement's closing date is the
 * statement's closing balance, every cleared transaction up to then is locked (reconciled)
 * as one operation an undo takes back; otherwise it is refused with the difference, and
 * nothing changes. A balance in another currency than the account's is refused too.
 */
export async function reconcileAccount(
  ctx: EngineContext,
  stack: UndoStack,
  input: z.output<typeof accountsReconcileInput>,
): Promise<ReconcileOutcome> {
  const { value, outcome } = await runCorrection(ctx, stack, async () => {
    const state = await stateOf(ctx, input.accountId, input.through);
    if (state.currency !== input.currency)
      throw new PurseError('CURRENCY_MISMATCH', 'The statement balance is in another currency.', {
        field: 'currency',
        from: input.currency,
        to: state.currency,
      });
    const difference = addMinor(input.statementBalance, -state.clearedBalance);
    if (difference !== 0)
      throw new PurseError(
        'VALIDATION',
        'The cleared balance is not the statement balance: clear what the statement shows first.',
        { field: 'statementBalance', clearedBalance: state.clearedBalance, difference },
      );
    const toLock = state.clearedTxns.filter((txn) => !txn.reconciled?.includes(input.accountId));
    const details = await storedDetails(
      ctx,
      toLock.map((txn) => txn.id),
    );
    const changed: Changed[] = [];
    for (const before of details) {
      const txn = before!.transaction;
      const reconciled = [...(txn.reconciled ?? []), input.accountId].sort();
      const after: TransactionDetail = {
        transaction: { ...txn, reconciled, revision: await nextRevision(ctx, txn.id) },
        postings: before!.postings,
      };
      changed.push({ before: before!, after });
    }
    if (changed.length === 0) return { value: 0, operationId: undefined };
    await replaceTransactions(
      ctx,
      changed.map(({ before, after }) => ({ from: before!, to: after! })),
    );
    const row = await recordOperation(ctx, 'reconcile', changed);
    await audit(ctx, 'accounts.reconcile', input.accountId, {
      count: changed.length,
      balance: input.statementBalance,
    });
    return { value: changed.length, operationId: row.id };
  });
  return { reconciled: value, ...(outcome ?? {}) };
}
