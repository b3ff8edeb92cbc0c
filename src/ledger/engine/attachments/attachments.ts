import {
  ATTACHMENTS_PER_TRANSACTION,
  base64Size,
  checkedMime,
  type AttachmentContent,
  type AttachmentInfo,
  type AttachmentsAddInput,
} from '../../../shared/attachments';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { AttachmentRow } from '../../db';
import { audit } from '../audit';
import type { EngineContext } from '../context';

/**
 * Receipts attached to transactions. A transaction's attachments are shown only while it
 * exists: deleting it hides them, and an undo of the delete shows them again, untouched.
 * Those whose transaction is gone for good are purged when the ledger opens
 * (`purgeOrphanAttachments`).
 */

function infoOf(row: AttachmentRow): AttachmentInfo {
  const { id, txnId, name, mime, size, addedAt } = row;
  return { id, txnId, name, mime, size, addedAt };
}

function notFound(id: string): PurseError {
  return new PurseError('NOT_FOUND', 'That attachment does not exist.', { id });
}

/** The attachment `id`, if it and its transaction exist (read in the caller's transaction). */
async function shown(ctx: EngineContext, id: string): Promise<AttachmentRow> {
  const row = await ctx.db.attachments.get(id);
  if (!row || !(await ctx.db.transactions.get(row.txnId))) throw notFound(id);
  return row;
}

/** Attaches a file to a transaction, checked by its content; at most ten a transaction. */
export async function addAttachment(
  ctx: EngineContext,
  input: AttachmentsAddInput,
): Promise<AttachmentInfo> {
  const mime = checkedMime(input.name, input.bytes);
  const { db } = ctx;
  return db.transaction('rw', [db.transactions, db.attachments, db.auditLog], async () => {
    if (!(await db.transactions.get(input.txnId))) {
      throw new PurseError('NOT_FOUND', 'That transaction does not exist.', {
        field: 'txnId',
        id: input.txnId,
      });
    }
    const count = await db.attachments.where('txnId').equals(input.txnId).count();
    if (count >= ATTACHMENTS_PER_TRANSACTION) {
      throw new PurseError(
        'LIMIT_EXCEEDED',
        `A transaction keeps at most ${ATTACHMENTS_PER_TRANSACTION} attachments.`,
        { field: 'txnId', max: ATTACHMENTS_PER_TRANSACTION },
      );
    }
    const row: AttachmentRow = {
      id: newId(),
      txnId: input.txnId,
      name: input.name,
      mime,
      size: base64Size(input.bytes),
      addedAt: ctx.clock.now(),
      bytes: input.bytes,
    };
    await db.attachments.add(row);
    await audit(ctx, 'attachment.add', input.txnId, { mime, size: row.size });
    return infoOf(row);
  });
}

/** A transaction's attachments, oldest first; none while the transaction does not exist. */
export async function listAttachments(
  ctx: EngineContext,
  input: { readonly txnId: string },
): Promise<AttachmentInfo[]> {
  const { db } = ctx;
  return db.transaction('r', [db.transactions, db.attachments], async () => {
    if (!(await db.transactions.get(input.txnId))) return [];
    const rows = await db.attachments.where('txnId').equals(input.txnId).toArray();
    return rows.sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id)).map(infoOf);
  });
}

/** One attachment with its content. */
export async function getAttachment(
  ctx: EngineContext,
  input: { readonly id: string },
): Promise<AttachmentContent> {
  const { db } = ctx;
  const row = await db.transaction('r', [db.transactions, db.attachments], () =>
    shown(ctx, input.id),
  );
  return { info: infoOf(row), bytes: row.bytes };
}

/** Removes an attachment for good. */
export async function removeAttachment(
  ctx: EngineContext,
  input: { readonly id: string },
): Promise<null> {
  const { db } = ctx;
  await db.transaction('rw', [db.transactions, db.attachments, db.auditLog], async () => {
    const row = await shown(ctx, input.id);
    await db.attachments.delete(row.id);
    await audit(ctx, 'attachment.remove', row.txnId, { mime: row.mime, size: row.size });
  });
  return null;
}
