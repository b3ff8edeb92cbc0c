import { z } from 'zod';
import type { CorrectionOutcome } from './corrections';
import type { CurrencyCode } from './currencies';
import type { Transaction } from './domain';
import { currencySchema, idSchema, instantSchema, minorSchema } from './schemas';

/** The most transactions one call clears or unclears: a long statement's worth. */
export const CLEAR_MAX = 5_000;
/** The uncleared transactions a reconciliation lists at most (the newest first). */
export const UNCLEARED_LISTED = 500;

/** Said once the person has agreed to change a reconciled transaction. */
const confirmReconciled = z.literal(true).optional();

export const transactionsClearInput = z.strictObject({
  ids: z.array(idSchema).min(1).max(CLEAR_MAX),
  /** The own account whose statement shows them (a transfer is cleared on each side apart). */
  accountId: idSchema,
  cleared: z.boolean(),
  confirmReconciled,
});

export const reconcileStateInput = z.strictObject({
  accountId: idSchema,
  /** The statement's closing date: transactions up to this instant count. */
  through: instantSchema,
});

export const accountsReconcileInput = z.strictObject({
  accountId: idSchema,
  through: instantSchema,
  /** The statement's closing balance, in minor units of `currency`. */
  statementBalance: minorSchema,
  currency: currencySchema,
});

/** An account against a statement: what is cleared, and what is not yet. */
export interface ReconcileState {
  readonly accountId: string;
  readonly currency: CurrencyCode;
  readonly through: number;
  /** The opening balance and every cleared transaction up to `through`. */
  readonly clearedBalance: number;
  readonly clearedCount: number;
  /** Of the cleared, those a reconciliation already locked. */
  readonly reconciledCount: number;
  /** The uncleared up to `through`, newest first (at most `UNCLEARED_LISTED`). */
  readonly uncleared: readonly Transaction[];
  readonly unclearedCount: number;
}

/** What a change of several transactions did: the operation and undo state, when any changed. */
interface ManyChanged {
  readonly operationId?: string;
  readonly state?: CorrectionOutcome['state'];
}

/** A reconciliation that landed: how many transactions it locked. */
export interface ReconcileOutcome extends ManyChanged {
  readonly reconciled: number;
}

/** What clearing did: how many transactions changed. */
export interface ClearOutcome extends ManyChanged {
  readonly changed: number;
}

/** Whether a transaction is cleared on `accountId`. */
export function isClearedOn(txn: Pick<Transaction, 'cleared'>, accountId: string): boolean {
  return txn.cleared?.includes(accountId) ?? false;
}

/** Whether a reconciliation locked a transaction on any account. */
export function isReconciled(txn: Pick<Transaction, 'reconciled'>): boolean {
  return (txn.reconciled?.length ?? 0) > 0;
}
