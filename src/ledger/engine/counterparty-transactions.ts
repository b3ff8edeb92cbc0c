import type { PurseDb } from '../db';

/** The range of one counterparty in the `[counterpartyId+occurredAt]` index (schema v12). */
export function counterpartyRange(counterpartyId: string): [unknown[], unknown[]] {
  return [
    [counterpartyId, -Infinity],
    [counterpartyId, Infinity],
  ];
}

/** A counterparty's transactions, oldest first. */
export function transactionsOf(db: PurseDb, counterpartyId: string) {
  const [lower, upper] = counterpartyRange(counterpartyId);
  return db.transactions.where('[counterpartyId+occurredAt]').between(lower, upper, true, true);
}
