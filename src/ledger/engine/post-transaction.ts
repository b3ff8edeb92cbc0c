import { monthKeyOf } from '../../shared/dates';
import type { Account, Posting, Transaction, TransactionDetail } from '../../shared/domain';
import { PurseError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import { addMinor } from '../../shared/money';
import { aggregateDeltas, applyAggregateDeltas, type KnownAggregates } from './aggregates';
import { audit } from './audit';
import type { EngineContext } from './context';
import { isOwnAccount, ownSidesOf } from './ledger-accounts';
import { rowOf } from '../transaction-rows';

export interface PostingDraft {
  readonly ledgerAccount: string;
  readonly amount: number;
}

export type TransactionDraft = Omit<Transaction, 'id' | 'month' | 'createdAt' | 'ownSides'> & {
  readonly postings: readonly PostingDraft[];
};

/**
 * The transaction row and its postings as a draft makes them: the month of the draft's
 * instant in its time zone, a posting per line in the draft's currency, and the own
 * accounts it touches. The one way a transaction is built, one at a time or in bulk.
 */
export function buildTransaction(
  draft: TransactionDraft,
  id: string,
  createdAt: number,
): TransactionDetail {
  const { postings: lines, ...fields } = draft;
  const month = monthKeyOf(draft.occurredAt, draft.timeZone);
  const postings: Posting[] = lines.map((line) => ({
    id: newId(),
    txnId: id,
    ledgerAccount: line.ledgerAccount,
    amount: line.amount,
    currency: draft.currency,
    occurredAt: draft.occurredAt,
    month,
  }));
  const transaction: Transaction = {
    ...fields,
    id,
    month,
    createdAt,
    ownSides: ownSidesOf(postings),
  };
  return { transaction, postings };
}

/**
 * Writes a balanced transaction: its row, its postings, the cached balances of the own
 * accounts it touches and the monthly aggregates. Must run inside a read-write transaction
 * over `moneyTables`, after the caller's checks, so that all of it lands or none of it.
 */
export async function postTransaction(
  ctx: EngineContext,
  draft: TransactionDraft,
  accounts: ReadonlyMap<string, Account>,
  /** Aggregate sheets and category kinds the caller has read in this transaction already. */
  known?: KnownAggregates,
): Promise<TransactionDetail> {
  const total = draft.postings.reduce((sum, posting) => addMinor(sum, posting.amount), 0);
  if (total !== 0) throw new PurseError('INTERNAL', 'Postings do not balance.');
  const { transaction, postings } = buildTransaction(draft, newId(), ctx.clock.now());
  const { id } = transaction;

  const updated: Account[] = [];
  for (const posting of postings) {
    if (!isOwnAccount(posting.ledgerAccount)) continue;
    const account = accounts.get(posting.ledgerAccount);
    if (!account)
      throw new PurseError('INTERNAL', 'A posting names an account that was not loaded.');
    const balance = addMinor(account.balance, posting.amount);
    updated.push({ ...account, balance, updatedAt: ctx.clock.now() });
  }

  // Issued together, not one after another: IndexedDB runs a transaction's requests in the
  // order they were made. The aggregates go first, so that their read is answered while
  // the rows are being written and their write follows without a round trip of its own.
  await Promise.all([
    applyAggregateDeltas(ctx.db, aggregateDeltas(transaction, postings), known),
    ctx.db.transactions.add(rowOf({ transaction, postings })),
    ctx.db.accounts.bulkPut(updated),
    audit(ctx, `transaction.${transaction.kind}`, id, {
      amount: transaction.amount,
      currency: transaction.currency,
    }),
  ]);
  return { transaction, postings };
}
