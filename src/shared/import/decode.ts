export const STATEMENT_ENCODINGS = ['utf-8', 'gb18030', 'windows-1252'] as const;
export type StatementEncoding = (typeof STATEMENT_ENCODINGS)[number];

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

export interface EncodingGuess {
  readonly encoding: StatementEncoding;
  /** Both single-byte and double-byte readings are plausible: the person is asked. */
  readonly ambiguous: boolean;
}

/**
 * UTF-8 when the bytes are valid UTF-8 (with or without a BOM). Otherwise the file is in a
 * legacy code page, and the bytes say which: Chinese text in GB18030 (the superset of GBK
 * and GB2312 that Alipay and Chinese banks export) comes as runs of high bytes in pairs,
 * while Windows-1252 (German, Dutch, French bank exports: "Umsätze", "Libellé") puts a lone
 * high byte between ASCII letters. Decided on the first bytes: a sample that is valid UTF-8
 * up to a cut character is still UTF-8.
 */
export function guessEncoding(head: Uint8Array): EncodingGuess {
  if (hasUtf8Bom(head)) return { encoding: 'utf-8', ambiguous: false };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', ambiguous: false };
  } catch {
    // Not UTF-8: scored below.
  }
  let paired = 0;
  let lone = 0;
  const limit = Math.min(head.length, 64 * 1024);
  for (let i = 0; i < limit; i++) {
    if (head[i]! < 0x80) continue;
    const next = head[i + 1] ?? 0;
    // A GBK character: lead 0x81–0xFE, trail 0x40–0xFE (GB2312's own range is 0xA1–0xFE).
    if (head[i]! >= 0x81 && next >= 0xa1 && next <= 0xfe) {
      paired++;
      i++;
    } else lone++;
  }
  const encoding = paired >= lone ? 'gb18030' : 'windows-1252';
  const ambiguous = paired + lone < 4 || Math.min(paired, lone) * 3 > Math.max(paired, lone);
  return { encoding, ambiguous };
}

export function detectEncoding(head: Uint8Array): StatementEncoding {
  return guessEncoding(head).encoding;
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
