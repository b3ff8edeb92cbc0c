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
  guessEncoding,
  sniffNotCsv,
  type NotCsvKind,
  type StatementEncoding,
} from './decode';
import { guessDelimiter, guessHeader, numberedHeader, type Delimiter } from './detect-layout';
import { guessRoles } from './guess-roles';
import { netStatedRefunds, type StatedRefund } from './net-refunds';
import type { FormatProblem } from './formats/format-problem';
import {
  checkMapping,
  cleanCell,
  RowNormalizer,
  type Rejection,
  type SkipReason,
} from './normalize';
import { headerKey, matchProfile, profileById } from './profiles';

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
  | { readonly code: 'missing-column'; readonly role: ColumnRole; readonly column?: string }
  | FormatProblem;

/** What was read from the file's bytes alone, each of which the person can change. */
export interface ReadingChoice {
  readonly encoding?: StatementEncoding;
  readonly delimiter?: Delimiter;
  /** The header row's line; 0: the table has no header row. */
  readonly headerLine?: number;
}

/** What the detection could not decide on its own: the person is asked. */
export type Ambiguity = 'encoding' | 'delimiter' | 'dateOrder' | 'amountLayout';

export interface StatementShape {
  readonly encoding: StatementEncoding;
  readonly delimiter: Delimiter;
  /** The header row's line; with `hasHeader` false, the line before the first data row. */
  readonly headerLine: number;
  readonly hasHeader: boolean;
  /** The first lines of the file as read, for choosing the header row. */
  readonly headLines: readonly CsvRecord[];
  readonly ambiguous: readonly Ambiguity[];
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
const HEAD_LINES_SHOWN = 30;

/** The separator that splits the head best (kept for callers that want only that). */
export function detectDelimiter(text: string): string {
  return guessDelimiter(text).delimiter;
}

/**
 * Looks at the start of a file and scores what it finds: is it text, in which encoding,
 * split by what, where the table starts after any preamble, which source wrote it, and
 * which column is what (by header names, then by what the cells hold). A saved mapping for
 * this header wins over what is detected; `choice` is what the person changed.
 */
export async function inspectStatement(
  source: ByteSource,
  saved: readonly SavedMapping[] = [],
  choice: ReadingChoice = {},
): Promise<Inspected> {
  if (source.size > MAX_FILE_BYTES) return { ok: false, problem: { code: 'too-large' } };
  const head = await source.read(0, Math.min(source.size, HEAD_BYTES));
  const notCsv = sniffNotCsv(head);
  if (notCsv) return { ok: false, problem: { code: 'not-csv', kind: notCsv } };
  const encodingGuess = guessEncoding(head);
  const encoding = choice.encoding ?? encodingGuess.encoding;
  const text = new ChunkDecoder(encoding).decode(head, source.size <= HEAD_BYTES);
  if (text.replace(/\uFEFF/g, '').trim() === '') return { ok: false, problem: { code: 'empty' } };
  const delimiterGuess = guessDelimiter(text);
  const delimiter = choice.delimiter ?? delimiterGuess.delimiter;
  const records: CsvRecord[] = [];
  const reader = new CsvReader(delimiter);
  reader.feed(text, (record) => records.push(record));
  if (source.size <= HEAD_BYTES) reader.end((record) => records.push(record));

  const table = findTable(records, choice.headerLine);
  if (!table) return { ok: false, problem: { code: 'no-header' } };
  const { profile, headerLine, hasHeader } = table;
  const footer = profile?.footer;
  const data: CsvRecord[] = [];
  for (const record of records.slice(table.dataFrom)) {
    if (footer && footer.test(cleanCell(record.cells[0]))) break;
    if (record.cells.some((cell) => cleanCell(cell) !== '')) data.push(record);
  }
  if (data.length === 0) return { ok: false, problem: { code: 'header-only' } };
  const header = nameColumns(table.header, data.slice(0, SAMPLE_ROWS));
  const signature = header.join('|');

  const savedMapping = saved.find((mapping) => mapping.signature === signature);
  const sample = data.slice(0, SAMPLE_ROWS);
  const firstGuess = profile?.columns ?? guessRoles(header, sample, '.').columns;
  const firstFormats = detectFormats(header, sample, firstGuess);
  const roles = profile
    ? { columns: profile.columns, layoutAmbiguous: false }
    : guessRoles(header, sample, firstFormats.decimalMark);
  const formats = detectFormats(header, sample, roles.columns);
  const detected: ImportSettings = {
    profile: profile?.id ?? 'generic',
    columns: roles.columns,
    dateOrder: formats.dateOrder,
    decimalMark: formats.decimalMark,
  };
  const ambiguous: Ambiguity[] = [];
  if (encodingGuess.ambiguous && !choice.encoding && encoding !== 'utf-8')
    ambiguous.push('encoding');
  if (delimiterGuess.ambiguous && !choice.delimiter) ambiguous.push('delimiter');
  if (!savedMapping && formats.dateOrderAmbiguous) ambiguous.push('dateOrder');
  if (!savedMapping && roles.layoutAmbiguous) ambiguous.push('amountLayout');
  return {
    ok: true,
    shape: {
      encoding,
      delimiter,
      headerLine,
      hasHeader,
      headLines: records.slice(0, HEAD_LINES_SHOWN),
      ambiguous,
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

/**
 * Header names every column can be mapped by: a column with data under a blank header
 * (German banks leave the S/H column unnamed) is called by its number, and a name used
 * twice gets its number too.
 */
function nameColumns(header: readonly string[], sample: readonly CsvRecord[]): string[] {
  const seen = new Set<string>();
  return header.map((name, i) => {
    const hasData = sample.some((record) => cleanCell(record.cells[i]) !== '');
    let named = name === '' && hasData ? `#${i + 1}` : name;
    if (named !== '' && seen.has(named)) named = `${named} #${i + 1}`;
    seen.add(named);
    return named;
  });
}

interface Table {
  readonly profile: ReturnType<typeof matchProfile>;
  readonly header: string[];
  readonly headerLine: number;
  readonly hasHeader: boolean;
  readonly dataFrom: number;
}

/** The header row (a built-in source's, the person's choice, or a scored guess). */
function findTable(records: readonly CsvRecord[], chosenLine: number | undefined): Table | null {
  if (chosenLine !== undefined) {
    if (chosenLine === 0) {
      const guess = guessHeader(records);
      if (!guess) return null;
      const dataFrom = guess.index >= 0 ? guess.index : guess.dataFrom;
      const first = records[dataFrom]!;
      return {
        profile: null,
        header: numberedHeader(first.cells.length),
        headerLine: first.line - 1,
        hasHeader: false,
        dataFrom,
      };
    }
    const index = records.findIndex((record) => record.line === chosenLine);
    if (index < 0) return null;
    const cells = records[index]!.cells;
    return {
      profile: matchProfile(cells),
      header: cells.map(headerKey),
      headerLine: chosenLine,
      hasHeader: true,
      dataFrom: index + 1,
    };
  }
  const known = records.findIndex((record) => matchProfile(record.cells) !== null);
  if (known >= 0) {
    const record = records[known]!;
    return {
      profile: matchProfile(record.cells),
      header: record.cells.map(headerKey),
      headerLine: record.line,
      hasHeader: true,
      dataFrom: known + 1,
    };
  }
  const guess = guessHeader(records);
  if (!guess) return null;
  if (guess.index >= 0) {
    const record = records[guess.index]!;
    return {
      profile: null,
      header: record.cells.map(headerKey),
      headerLine: record.line,
      hasHeader: true,
      dataFrom: guess.dataFrom,
    };
  }
  const first = records[guess.dataFrom]!;
  return {
    profile: null,
    header: numberedHeader(first.cells.length),
    headerLine: first.line - 1,
    hasHeader: false,
    dataFrom: guess.dataFrom,
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
  const skipped: Record<SkipReason, number> = {
    closed: 0,
    'not-counted': 0,
    zero: 0,
    'balance-line': 0,
  };
  let statedClosing: StatementBalance | undefined;
  let ended = false;
  let tooMany = false;
  const balances = new BalanceTracker();
  const stated: StatedRefund[] = [];

  const reject = (rejection: Rejection) => {
    rejectedCount++;
    if (rejections.length < MAX_REJECTIONS_KEPT) rejections.push(rejection);
  };
  const onRecord = (record: CsvRecord) => {
    if (ended || record.line <= shape.headerLine) return;
    // A line of empty cells (";;;;;;") only separates parts of the statement.
    if (record.cells.every((cell) => cleanCell(cell) === '')) return;
    if (footer && footer.test(cleanCell(record.cells[0]))) {
      ended = true;
      return;
    }
    const outcome = normalizer.normalize(record);
    if (outcome.kind === 'rows') {
      if (rows.length + outcome.rows.length > MAX_IMPORT_ROWS) tooMany = true;
      else {
        if (outcome.refunded) stated.push({ payment: rows.length, amount: outcome.refunded });
        if (outcome.balance !== undefined) balances.add(outcome.rows[0]!, outcome.balance);
        rows.push(...outcome.rows);
      }
    } else if (outcome.kind === 'skip') {
      skipped[outcome.reason]++;
      if (outcome.closing) statedClosing = outcome.closing;
    } else reject(outcome.rejection);
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
  const closingBalance = statedClosing ?? balances.closing();
  return {
    ok: true,
    read: {
      rows: netStatedRefunds(rows, stated),
      rejections,
      rejectedCount,
      skipped,
      ...(closingBalance ? { closingBalance } : {}),
    },
  };
}

/**
 * The balance after the statement's last row: the balance column of the latest row. Rows
 * of the same instant are told apart by the file's order, which runs newest first when
 * its first row is later than its last.
 */
class BalanceTracker {
  private firstAt: number | undefined;
  private lastAt: number | undefined;
  /** The rows of the latest instant: the first and the last of them in the file. */
  private latest: { at: number; first: number; last: number } | undefined;

  add(row: ImportRow, amount: number): void {
    const at = row.occurredAt;
    this.firstAt ??= at;
    this.lastAt = at;
    if (!this.latest || at > this.latest.at) this.latest = { at, first: amount, last: amount };
    else if (at === this.latest.at) this.latest.last = amount;
  }

  closing(): StatementBalance | undefined {
    if (!this.latest) return undefined;
    const newestFirst = this.firstAt! > this.lastAt!;
    return { amount: newestFirst ? this.latest.first : this.latest.last, at: this.latest.at };
  }
}
