import type { EngineContext } from '../context';

/**
 * Deletes the attachments whose transaction is gone for good. Run when the ledger opens: the
 * undo stack starts empty then, so no deleted transaction can come back. (While the ledger
 * is open, a deleted transaction's attachments are only hidden, so that an undo shows them
 * again.) Answers how many it deleted.
 */
export async function purgeOrphanAttachments(ctx: EngineContext): Promise<number> {
  const { db } = ctx;
  return db.transaction('rw', [db.transactions, db.attachments], async () => {
    const txnIds = [...new Set((await db.attachments.orderBy('txnId').uniqueKeys()) as string[])];
    const found = await db.transactions.bulkGet(txnIds);
    const gone = txnIds.filter((_, index) => found[index] === undefined);
    if (!gone.length) return 0;
    const ids = await db.attachments.where('txnId').anyOf(gone).primaryKeys();
    await db.attachments.bulkDelete(ids);
    return ids.length;
  });
}
