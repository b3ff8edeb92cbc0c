export type StatementEncoding = 'utf-8' | 'gb18030';

/** Why a file cannot be read as a statement at all. */
export type NotCsvKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'gzip' | 'binary';

const MAGIC: readonly { readonly kind: NotCsvKind; readonly bytes: readonly number[] }[] = [
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46] },
  // Excel's .xlsx (and every other zip): the bank offered a workbook, not CSV.
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
];

/** Spots files that are plainly not text: known magic numbers, or NUL bytes. */
export function sniffNotCsv(head: Uint8Array): NotCsvKind | null {
  for (const { kind, bytes } of MAGIC) {
    if (bytes.every((byte, i) => head[i] === byte)) return kind;
  }
  const limit = Math.min(head.length, 8192);
  for (let i = 0; i < limit; i++) if (head[i] === 0) return 'binary';
  return null;
}

export function hasUtf8Bom(head: Uint8Array): boolean {
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
}

/**
 * UTF-8 when the bytes are valid UTF-8 (with or without a BOM), else GB18030, the superset
 * of GBK and GB2312 that Alipay and Chinese banks export. Decided on the first bytes: a
 * sample that is valid UTF-8 up to a cut character is still UTF-8.
 */
export function detectEncoding(head: Uint8Array): StatementEncoding {
  if (hasUtf8Bom(head)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Decodes a file chunk by chunk; characters cut between chunks are carried over. */
export class ChunkDecoder {
  private readonly decoder: { decode(input: Uint8Array, options?: { stream?: boolean }): string };
  private first = true;

  constructor(readonly encoding: StatementEncoding) {
    // Not fatal: a stray bad byte becomes U+FFFD in one cell instead of losing the file.
    this.decoder = new TextDecoder(encoding, { ignoreBOM: false });
  }

  decode(chunk: Uint8Array, last: boolean): string {
    let text = this.decoder.decode(chunk, { stream: !last });
    if (this.first && text.length > 0) {
      this.first = false;
      // A second BOM (files concatenated, or re-saved by an editor) is a stray one.
      text = text.replace(/^\uFEFF+/, '');
    }
    return text;
  }
}
