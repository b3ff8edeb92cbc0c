import { addMinor } from '../../shared/money';
import type { Posting, Transaction } from '../../shared/domain';
import type { AggregateRow, AggregateScope, PurseDb } from '../db';
import { categoryIdOf, isOwnAccount } from './ledger-accounts';

export interface AggregateDelta {
  readonly id: string;
  readonly scope: AggregateScope;
  readonly scopeId: string;
  readonly month: string;
  readonly currency: Posting['currency'];
  debit: number;
  credit: number;
  count: number;
}

export function aggregateId(
  scope: AggregateScope,
  scopeId: string,
  month: string,
  currency: string,
) {
  return `${scope}|${scopeId}|${month}|${currency}`;
}

/**
 * What a transaction adds to the monthly aggregates: per own account and per category from
 * its postings, and per counterparty from the side that left or entered the user's accounts.
 */
export function aggregateDeltas(
  txn: Pick<Transaction, 'counterpartyId'>,
  postings: readonly Posting[],
  sign: 1 | -1 = 1,
): AggregateDelta[] {
  const deltas = new Map<string, AggregateDelta>();
  const add = (scope: AggregateScope, scopeId: string, posting: Posting, amount: number) => {
    const id = aggregateId(scope, scopeId, posting.month, posting.currency);
    let delta = deltas.get(id);
    if (!delta) {
      delta = {
        id,
        scope,
        scopeId,
        month: posting.month,
        currency: posting.currency,
        debit: 0,
        credit: 0,
        count: 0,
      };
      deltas.set(id, delta);
    }
    if (amount >= 0) delta.debit = addMinor(delta.debit, sign * amount);
    else delta.credit = addMinor(delta.credit, sign * -amount);
    delta.count += sign;
  };
  for (const posting of postings) {
    if (isOwnAccount(posting.ledgerAccount)) {
      add('account', posting.ledgerAccount, posting, posting.amount);
    } else {
      const categoryId = categoryIdOf(posting.ledgerAccount);
      if (categoryId) add('category', categoryId, posting, posting.amount);
      // Spending with a merchant is a debit on the counterparty; income from it a credit.
      if (categoryId && txn.counterpartyId)
        add('counterparty', txn.counterpartyId, posting, posting.amount);
    }
  }
  return [...deltas.values()];
}

/** Adds deltas into the stored rows; call inside the write's read-write transaction. */
export async function applyAggregateDeltas(
  db: PurseDb,
  deltas: readonly AggregateDelta[],
): Promise<void> {
  if (deltas.length === 0) return;
  const existing = await db.aggregates.bulkGet(deltas.map((delta) => delta.id));
  const rows: AggregateRow[] = deltas.map((delta, index) => {
    const row = existing[index];
    if (!row) return { ...delta };
    return {
      ...row,
      debit: addMinor(row.debit, delta.debit),
      credit: addMinor(row.credit, delta.credit),
      count: row.count + delta.count,
    };
  });
  await db.aggregates.bulkPut(rows);
}
