import type { Dexie } from 'dexie';

/**
 * Every schema version, oldest first. Never edit a shipped version: add a new one with an
 * upgrade function, and a fixture test that opens a database made by every earlier one.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      accounts: 'id, kind',
      categories: 'id, kind, builtin',
      counterparties: 'id, kind',
      transactions: 'id, [occurredAt+id], month, kind, accountId, counterpartyId',
      postings: 'id, txnId, [ledgerAccount+occurredAt]',
      aggregates: 'id, [scope+month], [scope+scopeId+month]',
      meta: 'key',
      auditLog: 'id, at, kind',
    },
  },
] as const;

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export function applySchema(db: Dexie): void {
  for (const { version, stores } of SCHEMA_VERSIONS) {
    db.version(version).stores(stores);
  }
}
