import { z } from 'zod';
import { PurseError } from './errors';
import { idSchema, textSchema } from './schemas';

/** The largest file a transaction may carry: 10 MB. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** The most attachments one transaction carries. */
export const ATTACHMENTS_PER_TRANSACTION = 10;
/** Base64 of the largest file: four characters per three bytes, padded. */
export const ATTACHMENT_MAX_BASE64 = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;

/** What Purse keeps: pictures of receipts and PDFs, known by their content. */
export const ATTACHMENT_MIMES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/pdf',
] as const;
export type AttachmentMime = (typeof ATTACHMENT_MIMES)[number];

/** The names each kind of file may have. */
const EXTENSIONS: Readonly<Record<AttachmentMime, readonly string[]>> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};

/** What the file picker offers. */
export const ATTACHMENT_ACCEPT = Object.values(EXTENSIONS)
  .flat()
  .map((ext) => `.${ext}`)
  .join(',');

/** One attachment as the UI lists it (its bytes come only with `attachments.get`). */
export interface AttachmentInfo {
  readonly id: string;
  readonly txnId: string;
  readonly name: string;
  readonly mime: AttachmentMime;
  /** Bytes. */
  readonly size: number;
  readonly addedAt: number;
}

/** An attachment with its content, base64. */
export interface AttachmentContent {
  readonly info: AttachmentInfo;
  readonly bytes: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const attachmentsAddInput = z.strictObject({
  txnId: idSchema,
  name: textSchema(120).pipe(z.string().min(1, 'A name is required')),
  bytes: z
    .string()
    .min(1, 'The file is empty')
    .max(ATTACHMENT_MAX_BASE64, 'The file is larger than 10 MB')
    .refine((s) => s.length % 4 === 0 && BASE64.test(s), 'Not base64'),
});
export type AttachmentsAddInput = z.output<typeof attachmentsAddInput>;

export const attachmentsListInput = z.strictObject({ txnId: idSchema });

/** The number of bytes base64 `text` holds. */
export function base64Size(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** The first `count` bytes of base64 `text`. */
export function base64Head(text: string, count: number): Uint8Array {
  const binary = atob(text.slice(0, Math.ceil(count / 3) * 4));
  return Uint8Array.from(binary.slice(0, count), (char) => char.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The kind of file `bytes` is by its magic numbers, or undefined when it is none Purse keeps. */
export function sniffMime(bytes: Uint8Array): AttachmentMime | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return undefined;
}

/** Bytes enough to tell every kind apart. */
export const SNIFF_BYTES = 12;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/**
 * The kind of file an upload is, checked by its content: a file larger than 10 MB, of a kind
 * Purse does not keep, or whose name says another kind (a `.png` that is a PDF) is a
 * VALIDATION error naming the field `bytes`.
 */
export function checkedMime(name: string, bytes: string): AttachmentMime {
  const size = base64Size(bytes);
  if (size > ATTACHMENT_MAX_BYTES) {
    throw new PurseError('VALIDATION', 'bytes: The file is larger than 10 MB.', {
      field: 'bytes',
      size,
      max: ATTACHMENT_MAX_BYTES,
    });
  }
  const mime = sniffMime(base64Head(bytes, SNIFF_BYTES));
  const extension = extensionOf(name);
  if (!mime || !EXTENSIONS[mime].includes(extension)) {
    throw new PurseError(
      'VALIDATION',
      `bytes: The file is not what its name says (${name}): attach a PNG, JPEG, WebP or PDF.`,
      { field: 'bytes', reason: mime ? 'mismatch' : 'unknown', name },
    );
  }
  return mime;
}
