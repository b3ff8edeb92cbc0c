import { sniffNotCsv } from '../decode';
import type { ByteSource } from '../read-statement';
import { readCamt } from './camt';
import { decodeStructured } from './decode-text';
import type { StructuredFormat } from './format-problem';
import { readOfx } from './ofx';
import { readQif } from './qif';
import { SNIFF_BYTES, sniffFormatOfBytes } from './sniff-format';
import type { StructuredOptions, StructuredResult } from './structured-read';

/** A structured statement is parsed whole, so it is held whole: larger ones are refused. */
export const MAX_STRUCTURED_BYTES = 64 * 1024 * 1024;

/** The structured format of a file from its first bytes, or null for the CSV reader. */
export async function sniffStatementFormat(source: ByteSource): Promise<StructuredFormat | null> {
  const head = await source.read(0, Math.min(source.size, SNIFF_BYTES));
  // Images, PDFs and workbooks are the CSV reader's to explain.
  if (sniffNotCsv(head)) return null;
  return sniffFormatOfBytes(head);
}

const READERS = { ofx: readOfx, qif: readQif, camt: readCamt } as const;

/** Reads a whole OFX/QFX, QIF or CAMT statement in the account's currency. */
export async function readStructuredStatement(
  source: ByteSource,
  format: StructuredFormat,
  options: StructuredOptions,
): Promise<StructuredResult> {
  if (source.size > MAX_STRUCTURED_BYTES) {
    const megabytes = MAX_STRUCTURED_BYTES / (1024 * 1024);
    return { ok: false, problem: { code: 'structured-too-large', format, megabytes } };
  }
  const text = decodeStructured(await source.read(0, source.size));
  return READERS[format](text, options);
}
