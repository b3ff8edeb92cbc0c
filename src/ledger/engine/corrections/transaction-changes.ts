import {
  changedFields,
  valuesOf,
  type TransactionChange,
  type TransactionValues,
} from '../../../shared/corrections';
import type { EngineContext } from '../context';

/**
 * A transaction's history, oldest first: each operation that changed it, with the values it
 * had before and the fields that changed (the values after one are the values before the
 * next, or the transaction as it is now).
 */
export async function transactionChanges(
  ctx: EngineContext,
  id: string,
): Promise<TransactionChange[]> {
  return ctx.db.transaction('r', [ctx.db.operations, ctx.db.transactions], async () => {
    const [rows, now] = await Promise.all([
      // In id order: ids are time-ordered (UUIDv7), and unlike `at` never tie.
      ctx.db.operations.where('txnIds').equals(id).toArray(),
      ctx.db.transactions.get(id),
    ]);
    const states = rows.map((row) => {
      const before = row.changes.find((change) => change.txnId === id)?.before?.transaction;
      return before ? valuesOf(before) : undefined;
    });
    const after = (index: number): TransactionValues | undefined =>
      index + 1 < states.length ? states[index + 1] : now ? valuesOf(now) : undefined;
    return rows.map((row, index) => {
      const before = states[index];
      const next = after(index);
      const fields = before && next ? changedFields(before, next) : [];
      return {
        operationId: row.id,
        kind: row.kind,
        at: row.at,
        fields,
        ...(before ? { before } : {}),
      };
    });
  });
}
