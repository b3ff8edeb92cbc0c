import type { z } from 'zod';
import type { Transaction } from '../../../shared/domain';
import type { importsCommitInput } from '../../../shared/imports';
import type { TransactionDraft } from '../post-transaction';

export type ImportInput = z.output<typeof importsCommitInput>;

/** One transaction to post; a refund names the draft of the payment it reverses. */
export interface ImportDraft {
  readonly draft: TransactionDraft;
  readonly refundOfDraft?: number;
}

const INCOMING = new Set(['income', 'refund', 'opening', 'withdrawal']);

/** The signed amount a ledger transaction moved on `accountId` (money in is positive). */
export function signedFor(txn: Transaction, accountId: string): number {
  return INCOMING.has(txn.kind) || txn.toAccountId === accountId ? txn.amount : -txn.amount;
}
