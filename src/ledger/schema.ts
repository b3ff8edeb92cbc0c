import type { Dexie, Transaction } from 'dexie';

/**
 * Every schema version, oldest first. Never edit a shipped version: add a new one with an
 * upgrade function, and a fixture test that opens a database made by every earlier one.
 */
const V1_STORES = {
  accounts: 'id, kind',
  categories: 'id, kind, builtin',
  counterparties: 'id, kind',
  transactions: 'id, [occurredAt+id], month, kind, accountId, counterpartyId',
  postings: 'id, txnId, [ledgerAccount+occurredAt]',
  aggregates: 'id, [scope+month], [scope+scopeId+month]',
  meta: 'key',
  auditLog: 'id, at, kind',
};

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/** Re-writes every row so that the sealing middleware stores it encrypted. */
async function sealEveryRow(tx: Transaction): Promise<void> {
  for (const table of tx.db.tables) {
    const rows = await tx.table(table.name).toArray();
    if (rows.length) await tx.table(table.name).bulkPut(rows);
  }
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  // v2: encryption at rest. Same indexes; every non-indexed field is sealed.
  { version: 2, stores: V1_STORES, upgrade: sealEveryRow },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export function applySchema(db: Dexie): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
