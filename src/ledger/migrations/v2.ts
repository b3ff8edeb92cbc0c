import type { Transaction } from 'dexie';
import { stores as v1Stores } from './v1';

/** v2: encryption at rest. Same indexes; every non-indexed field is sealed. */
export const stores = v1Stores;

/**
 * Re-writes every row so that the sealing middleware, which the ledger installs when it
 * opens, stores it encrypted. Only v1's tables: later versions' are not part of this upgrade.
 */
export async function upgrade(tx: Transaction): Promise<void> {
  for (const name of Object.keys(v1Stores)) {
    const rows = await tx.table(name).toArray();
    if (rows.length) await tx.table(name).bulkPut(rows);
  }
}
