import type { Clock } from '../../shared/clock';
import type { PurseDb } from '../db';

/** What every engine function works with: the database and the injected clock. */
export interface EngineContext {
  readonly db: PurseDb;
  readonly clock: Clock;
  /** The zone used when a request names none (the ledger host's own). */
  readonly timeZone: string;
  /** scrypt cost of new backups (log2 N); only tests lower it. */
  readonly backupKdfLogN?: number;
}

/** The tables a money-moving write touches; all in one Dexie read-write transaction. */
export function moneyTables(db: PurseDb) {
  return [
    db.accounts,
    db.categories,
    db.counterparties,
    db.transactions,
    db.aggregates,
    db.auditLog,
    db.operations,
    db.attachments,
    db.promotions,
    db.riskAlerts,
    db.billNotices,
    db.meta,
    db.bills,
    db.billOccurrences,
    db.rules,
  ];
}
