import type { Transaction } from 'dexie';
import type { AggregateRow } from './v6';
import { stores as v9Stores } from './v9';
import { sheetsOfRows } from './v10-period-sheets';

/**
 * v10: the aggregates packed into sheets (same indexes). v10 shipped with one sheet per
 * scope and period; since v11 shipped, this upgrade packs v11's period sheets instead, which
 * v11's upgrade (always run right after it) re-packs as they are. Frozen as it runs now.
 */
export const stores = v9Stores;

/** Packs the stored aggregate rows into sheets, in the upgrade's own transaction. */
export async function upgrade(tx: Transaction): Promise<void> {
  const aggregates = tx.table('aggregates');
  const rows = (await aggregates.toArray()) as AggregateRow[];
  await aggregates.clear();
  if (rows.length) await aggregates.bulkPut(sheetsOfRows(rows));
}
