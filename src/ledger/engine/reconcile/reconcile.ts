import type { z } from 'zod';
import type { Transaction, TransactionDetail } from '../../../shared/domain';
import {
  amountOn,
  detailOf,
  rowsOnSide,
  transactionOf,
  type TransactionRow,
} from '../../transaction-rows';
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
import { replaceTransactions } from '../corrections/replace-transactions';
import { runCorrection } from '../corrections/undo';
import type { UndoStack } from '../corrections/undo-stack';
import { requireAccount } from '../require';

/** The account against a statement closing at `through`, read in the caller's transaction. */
async function stateOf(
  ctx: EngineContext,
  accountId: string,
  through: number,
): Promise<ReconcileState & { readonly clearedRows: readonly TransactionRow[] }> {
  const [account, rows] = await Promise.all([
    requireAccount(ctx, accountId),
    // Each of the account's transactions up to then, with its postings.
    rowsOnSide(ctx.db.transactions, accountId, undefined, through).toArray(),
  ]);
  let clearedBalance = 0;
  let reconciledCount = 0;
  const clearedRows: TransactionRow[] = [];
  const uncleared: Transaction[] = [];
  for (const row of rows) {
    // The opening balance is where the account's statements start: always cleared.
    if (row.kind === 'opening' || isClearedOn(row, accountId)) {
      clearedBalance = addMinor(clearedBalance, amountOn(row, accountId));
      if (row.kind === 'opening') continue;
      clearedRows.push(row);
      if (row.reconciled?.includes(accountId)) reconciledCount += 1;
    } else uncleared.push(transactionOf(row));
  }
  uncleared.sort((a, b) => b.occurredAt - a.occurredAt || (a.id < b.id ? 1 : -1));
  return {
    accountId,
    currency: account.currency,
    through,
    clearedBalance,
    clearedCount: clearedRows.length,
    reconciledCount,
    uncleared: uncleared.slice(0, UNCLEARED_LISTED),
    unclearedCount: uncleared.length,
    clearedRows,
  };
}

/** What reconciling an account against a statement closing at `through` starts from. */
export async function reconcileState(
  ctx: EngineContext,
  input: z.output<typeof reconcileStateInput>,
): Promise<ReconcileState> {
  return ctx.db.transaction('r', [ctx.db.accounts, ctx.db.transactions], async () => {
    const { clearedRows: _cleared, ...state } = await stateOf(ctx, input.accountId, input.through);
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
    const changed: Changed[] = [];
    for (const row of state.clearedRows) {
      if (row.reconciled?.includes(input.accountId)) continue;
      const before = detailOf(row);
      const txn = before.transaction;
      const reconciled = [...(txn.reconciled ?? []), input.accountId].sort();
      const after: TransactionDetail = {
        transaction: { ...txn, reconciled, revision: await nextRevision(ctx, txn.id) },
        postings: before.postings,
      };
      changed.push({ before, after });
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
