import { addMinor } from '../../shared/money';
import type { Posting, Transaction } from '../../shared/domain';
import { dayKeyOf } from '../../shared/dates';
import type { AggregateRow, AggregateScope, PurseDb } from '../db';
import { categoryIdOf, isExternal, isOwnAccount } from './ledger-accounts';

/** Transaction kinds whose money counts against the payment limits. */
export const LIMITED_KINDS: ReadonlySet<Transaction['kind']> = new Set(['payment', 'p2p']);

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
 * What a transaction adds to the aggregates: per own account and per category from its
 * postings; per counterparty from the side that left or entered the user's books; and, for
 * payments and transfers to contacts, the day's and year's limit usage.
 */
export function aggregateDeltas(
  txn: Pick<
    Transaction,
    'counterpartyId' | 'kind' | 'occurredAt' | 'timeZone' | 'amount' | 'currency'
  >,
  postings: readonly Posting[],
  sign: 1 | -1 = 1,
): AggregateDelta[] {
  const deltas = new Map<string, AggregateDelta>();
  const add = (
    scope: AggregateScope,
    scopeId: string,
    period: string,
    currency: Posting['currency'],
    amount: number,
  ) => {
    const id = aggregateId(scope, scopeId, period, currency);
    let delta = deltas.get(id);
    if (!delta) {
      delta = { id, scope, scopeId, month: period, currency, debit: 0, credit: 0, count: 0 };
      deltas.set(id, delta);
    }
    if (amount >= 0) delta.debit = addMinor(delta.debit, sign * amount);
    else delta.credit = addMinor(delta.credit, sign * -amount);
    delta.count += sign;
  };
  for (const posting of postings) {
    const { month, currency, amount, ledgerAccount } = posting;
    if (isOwnAccount(ledgerAccount)) {
      add('account', ledgerAccount, month, currency, amount);
      continue;
    }
    const categoryId = categoryIdOf(ledgerAccount);
    if (categoryId) add('category', categoryId, month, currency, amount);
    // Spending with a merchant or sending to a contact is a debit on the counterparty;
    // income or a refund from it, a credit.
    if ((categoryId || isExternal(ledgerAccount)) && txn.counterpartyId) {
      add('counterparty', txn.counterpartyId, month, currency, amount);
    }
  }
  if (LIMITED_KINDS.has(txn.kind)) {
    const day = dayKeyOf(txn.occurredAt, txn.timeZone);
    add('limit', txn.currency, day, txn.currency, txn.amount);
    add('limit', txn.currency, day.slice(0, 4), txn.currency, txn.amount);
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
