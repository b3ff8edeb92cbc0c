import type { AttachmentContent, AttachmentInfo } from '../attachments';
import * as a from '../attachments';
import * as s from '../schemas';
import { read, write } from './define';

/** What adding or removing an attachment changes: the transaction's list of them. */
const ATTACHMENT_VIEWS = ['attachments.list'] as const;

/** Receipts (photos, PDFs) attached to transactions, sealed in the ledger. */
export const attachmentsMethods = {
  'attachments.add': write<AttachmentInfo>()('ledger', a.attachmentsAddInput, {
    stale: ATTACHMENT_VIEWS,
  }),
  'attachments.list': read<AttachmentInfo[]>()('ledger', a.attachmentsListInput),
  'attachments.get': read<AttachmentContent>()('ledger', s.byIdInput, { uncached: true }),
  'attachments.remove': write<null>()('ledger', s.byIdInput, { stale: ATTACHMENT_VIEWS }),
} as const;
