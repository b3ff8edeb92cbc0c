import type { CurrencyCode } from '../currencies';
import {
  MAX_IMPORT_ROWS,
  type ColumnMapping,
  type ColumnRole,
  type ImportProfileId,
  type ImportRow,
  type ImportSettings,
  type SavedMapping,
  type StatementBalance,
} from '../imports';
import { detectDecimalMark } from './amounts';
import { CsvReader, type CsvRecord } from './csv-reader';
import { detectDateOrder } from './dates';
import {
  ChunkDecoder,
  detectEncoding,
  sniffNotCsv,
  type NotCsvKind,
  type StatementEncoding,
} from './decode';
import {
  checkMapping,
  cleanCell,
  RowNormalizer,
  type Rejection,
  type SkipReason,
} from './normalize';
import { guessColumns, headerKey, matchProfile, profileById } from './profiles';

/** Where the bytes come from: a File in the renderer, a Uint8Array in tests. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
  };
}

/** A whole-file problem: nothing in it can be imported. */
export type FileProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'not-csv'; readonly kind: NotCsvKind }
  | { readonly code: 'no-header' }
  | { readonly code: 'header-only' }
  | { readonly code: 'too-large' }
  | { readonly code: 'too-many-rows' }
  | { readonly code: 'missing-column'; readonly role: ColumnRole; readonly column?: string };

export interface StatementShape {
  readonly encoding: StatementEncoding;
  readonly delimiter: string;
  readonly headerLine: number;
  readonly header: readonly string[];
  /** The header row as one string: saved mappings are found by it. */
  readonly signature: string;
  readonly detectedProfile: ImportProfileId;
  /** The saved mapping for this header if there is one, else the profile's or a guess. */
  readonly settings: ImportSettings;
  readonly fromSavedMapping: boolean;
  readonly dateOrderAmbiguous: boolean;
  /** The first data records, as they are, for the preview. */
  readonly preview: readonly CsvRecord[];
  /** More of them, to detect date and number formats again when the mapping changes. */
  readonly sample: readonly CsvRecord[];
}

export interface DetectedFormats {
  readonly dateOrder: ImportSettings['dateOrder'];
  readonly dateOrderAmbiguous: boolean;
  readonly decimalMark: ImportSettings['decimalMark'];
}

/** How the mapped date and amount columns of the sample are written. */
export function detectFormats(
  header: readonly string[],
  sample: readonly CsvRecord[],
  columns: ColumnMapping,
): DetectedFormats {
  const column = (name: string | undefined) => {
    const at = name ? header.indexOf(headerKey(name)) : -1;
    return at < 0 ? [] : sample.map((record) => cleanCell(record.cells[at]));
  };
  const dates = detectDateOrder(column(columns.date));
  const amounts = [...column(columns.amount), ...column(columns.debit), ...column(columns.credit)];
  return {
    dateOrder: dates.order,
    dateOrderAmbiguous: dates.ambiguous,
    decimalMark: detectDecimalMark(amounts.filter(Boolean)),
  };
}

export type Inspected =
  | { readonly ok: true; readonly shape: StatementShape }
  | { readonly ok: false; readonly problem: FileProblem };

export const MAX_FILE_BYTES = 256 * 1024 * 1024;
const HEAD_BYTES = 256 * 1024;
const CHUNK_BYTES = 1024 * 1024;
const PREVIEW_ROWS = 10;
const SAMPLE_ROWS = 200;
const MAX_REJECTIONS_KEPT = 5000;
const DELIMITERS = [',', '\t', ';', '|'];

/** The delimiter that splits most lines of the head into the same number of cells. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/, 120).filter((line) => line.trim() !== '');
  let best = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => line.split(delimiter).length - 1).filter((n) => n > 0);
    const tally = new Map<number, number>();
    for (const n of counts) tally.set(n, (tally.get(n) ?? 0) + 1);
    const score = Math.max(0, ...tally.values());
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

const LOOKS_LIKE_DATA = /^[-+(¥￥$]?\d[\d,.:/\- ]*\)?$/;

/** A generic file's header: the first line of two or more named, non-numeric cells. */
function findGenericHeader(records: readonly CsvRecord[]): number {
  return records.findIndex((record, i) => {
    const named = record.cells.map(cleanCell).filter(Boolean);
    if (named.length < 2 || named.some((cell) => LOOKS_LIKE_DATA.test(cell))) return false;
    const next = records[i + 1];
    // The last line may be a header with nothing under it: found, then reported as such.
    return next === undefined || next.cells.map(cleanCell).filter(Boolean).length >= 2;
  });
}

/**
 * Looks at the start of a file: is it text, in which encoding, split by what, where is the
 * header, which source wrote it, and how should it be read (a saved mapping for this
 * header wins over what is detected).
 */
export async function inspectStatement(
  source: ByteSource,
  saved: readonly SavedMapping[] = [],
): Promise<Inspected> {
  if (source.size > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large' } };
  const head = await source.read(0, Math.min(source.size, HEAD_BYTES));
  const notCsv = sniffNotCsv(head);
  if (notCsv) return { ok: false, problem: { code: 'not-csv', kind: notCsv } };
  const encoding = detectEncoding(head);
  const text = new ChunkDecoder(encoding).decode(head, source.size <= HEAD_BYTES);
  if (text.replace(/\uFEFF/g, '').trim() === '') return { ok: false, problem: { code: 'empty' } };
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  const reader = new CsvReader(delimiter);
  reader.feed(text, (record) => records.push(record));
  if (source.size <= HEAD_BYTES) reader.end((record) => records.push(record));

  let headerAt = records.findIndex((record) => matchProfile(record.cells) !== null);
  const profile = headerAt >= 0 ? matchProfile(records[headerAt]!.cells) : null;
  if (headerAt < 0) headerAt = findGenericHeader(records);
  if (headerAt < 0) return { ok: false, problem: { code: 'no-header' } };
  const headerRecord = records[headerAt]!;
  const header = headerRecord.cells.map(headerKey);
  const signature = header.join('|');
  const footer = profile?.footer;
  const data: CsvRecord[] = [];
  for (const record of records.slice(headerAt + 1)) {
    if (footer && footer.test(cleanCell(record.cells[0]))) break;
    data.push(record);
  }
  if (data.length === 0) return { ok: false, problem: { code: 'header-only' } };

  const savedMapping = saved.find((mapping) => mapping.signature === signature);
  const columns = profile?.columns ?? guessColumns(header);
  const sample = data.slice(0, SAMPLE_ROWS);
  const formats = detectFormats(header, sample, columns);
  const detected: ImportSettings = {
    profile: profile?.id ?? 'generic',
    columns,
    dateOrder: formats.dateOrder,
    decimalMark: formats.decimalMark,
  };
  return {
    ok: true,
    shape: {
      encoding,
      delimiter,
      headerLine: headerRecord.line,
      header,
      signature,
      detectedProfile: detected.profile,
      settings: savedMapping?.settings ?? detected,
      fromSavedMapping: savedMapping !== undefined,
      dateOrderAmbiguous: savedMapping ? false : formats.dateOrderAmbiguous,
      preview: data.slice(0, PREVIEW_ROWS),
      sample,
    },
  };
}

export interface StatementRead {
  readonly rows: readonly ImportRow[];
  /** Every rejected row, up to 5000 of them; `rejectedCount` counts them all. */
  readonly rejections: readonly Rejection[];
  readonly rejectedCount: number;
  readonly skipped: Readonly<Record<SkipReason, number>>;
  /** The balance the file states after its last row, when it states one. */
  readonly closingBalance?: StatementBalance;
}

export type ReadResult =
  | { readonly ok: true; readonly read: StatementRead }
  | { readonly ok: false; readonly problem: FileProblem };

export interface ReadOptions {
  readonly currency: CurrencyCode;
  readonly timeZone: string;
  /** Called after each chunk with the share of the file read, 0…1. */
  readonly onProgress?: (fraction: number) => void;
  /** Lets the page breathe between chunks (the UI passes a macrotask; tests need none). */
  readonly yieldBetweenChunks?: () => Promise<void>;
}

/**
 * Reads the whole file in 1 MB chunks with the confirmed settings. Memory stays at one
 * chunk plus the rows found: the text is never held whole.
 */
export async function readStatement(
  source: ByteSource,
  shape: StatementShape,
  settings: ImportSettings,
  options: ReadOptions,
): Promise<ReadResult> {
  const missingRole = checkMapping(settings.columns);
  if (missingRole) return { ok: false, problem: { code: 'missing-column', role: missingRole } };
  const normalizer = new RowNormalizer(shape.header, settings, options.currency, options.timeZone);
  const [absent] = normalizer.missingColumns();
  if (absent) {
    return {
      ok: false,
      problem: { code: 'missing-column', role: absent, column: settings.columns[absent] ?? '' },
    };
  }
  const footer = profileById(settings.profile).footer;
  const rows: ImportRow[] = [];
  const rejections: Rejection[] = [];
  let rejectedCount = 0;
  const skipped: Record<SkipReason, number> = { closed: 0, 'not-counted': 0, zero: 0 };
  let ended = false;
  let tooMany = false;

  const reject = (rejection: Rejection) => {
    rejectedCount++;
    if (rejections.length < MAX_REJECTIONS_KEPT) rejections.push(rejection);
  };
  const onRecord = (record: CsvRecord) => {
    if (ended || record.line <= shape.headerLine) return;
    if (footer && footer.test(cleanCell(record.cells[0]))) {
      ended = true;
      return;
    }
    const outcome = normalizer.normalize(record);
    if (outcome.kind === 'rows') {
      if (rows.length + outcome.rows.length > MAX_IMPORT_ROWS) tooMany = true;
      else rows.push(...outcome.rows);
    } else if (outcome.kind === 'skip') skipped[outcome.reason]++;
    else reject(outcome.rejection);
  };

  const decoder = new ChunkDecoder(shape.encoding);
  const reader = new CsvReader(shape.delimiter);
  for (let offset = 0; offset < source.size; offset += CHUNK_BYTES) {
    const chunk = await source.read(offset, Math.min(CHUNK_BYTES, source.size - offset));
    const last = offset + CHUNK_BYTES >= source.size;
    reader.feed(decoder.decode(chunk, last), onRecord);
    options.onProgress?.(Math.min(1, (offset + chunk.length) / source.size));
    if (tooMany) return { ok: false, problem: { code: 'too-many-rows' } };
    if (options.yieldBetweenChunks) await options.yieldBetweenChunks();
  }
  const unclosed = reader.end(onRecord);
  if (unclosed && !ended) reject({ line: unclosed.line, reason: 'unbalanced-quote' });
  if (tooMany) return { ok: false, problem: { code: 'too-many-rows' } };
  if (rows.length === 0 && rejectedCount === 0 && Object.values(skipped).every((n) => n === 0)) {
    return { ok: false, problem: { code: 'header-only' } };
  }
  return { ok: true, read: { rows, rejections, rejectedCount, skipped } };
}
