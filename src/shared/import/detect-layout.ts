import Papa from 'papaparse';
import type { CsvRecord } from './csv-reader';
import { cleanCell } from './normalize';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface DelimiterGuess {
  readonly delimiter: Delimiter;
  /** Another separator reads the head almost as well: the person is asked. */
  readonly ambiguous: boolean;
}

const HEAD_LINES = 200;

/** How many cells the most lines have, and how many lines have it. */
function modalWidth(widths: readonly number[]): { width: number; lines: number } {
  const tally = new Map<number, number>();
  for (const width of widths) if (width >= 2) tally.set(width, (tally.get(width) ?? 0) + 1);
  let best = { width: 0, lines: 0 };
  for (const [width, lines] of tally) {
    if (lines > best.lines || (lines === best.lines && width > best.width)) best = { width, lines };
  }
  return best;
}

/**
 * The separator that reads the head as the widest, most regular table. Each candidate
 * splits the lines (quotes respected); its score is the number of lines of the modal width
 * times that width, so "1.234,56" in a semicolon file (two cells on every line when split on
 * commas) loses to the four or more cells the semicolons give, preamble lines of another
 * width count for nothing, and a tie between two separators is said, not guessed.
 */
export function guessDelimiter(text: string): DelimiterGuess {
  const head = text.split(/\r\n|\n|\r/, HEAD_LINES).join('\n');
  const scores = DELIMITERS.map((delimiter) => {
    const rows = Papa.parse<string[]>(head, { delimiter, newline: '\n', quoteChar: '"' }).data;
    const { width, lines } = modalWidth(rows.map((row) => row.length));
    return { delimiter, score: lines * Math.min(width, 16) };
  }).sort((a, b) => b.score - a.score);
  const [best, second] = scores as [(typeof scores)[0], (typeof scores)[0]];
  if (best.score === 0) return { delimiter: ',', ambiguous: false };
  return { delimiter: best.delimiter, ambiguous: second.score >= best.score * 0.85 };
}

const LOOKS_LIKE_DATA = /^[-+(¥￥$€£]?\s?\d[\d,.:/\- ]*\)?(\s?(€|EUR|CR|DR))?$/i;

function namedCells(record: CsvRecord): string[] {
  return record.cells.map(cleanCell).filter(Boolean);
}

/** A row that names most of the table's columns and holds no number or date. */
function looksLikeHeader(record: CsvRecord, width: number): boolean {
  const named = namedCells(record);
  return (
    named.length >= Math.max(2, Math.ceil(width / 2)) &&
    !named.some((cell) => LOOKS_LIKE_DATA.test(cell))
  );
}

export interface HeaderGuess {
  /** Index in `records` of the header row; -1 when the table has none. */
  readonly index: number;
  /** Index of the first data record. */
  readonly dataFrom: number;
}

/**
 * Where the table starts after any preamble ("Account Name:,FlexAccount", "Kontostand;…"):
 * the records of the table's modal width decide it; the header is the first of them (or
 * one cell narrower or wider: a trailing separator) that names its cells instead of
 * holding data and has a record of the table's width after it. Without such a row the
 * table has no header and starts at its first record of that width.
 */
export function guessHeader(records: readonly CsvRecord[]): HeaderGuess | null {
  const { width } = modalWidth(records.map((record) => record.cells.length));
  if (width === 0) return null;
  const fits = (record: CsvRecord | undefined) =>
    record !== undefined && Math.abs(record.cells.length - width) <= 1;
  const index = records.findIndex(
    (record, i) =>
      fits(record) &&
      looksLikeHeader(record, width) &&
      // The last line may be a header with nothing under it: found, then reported as such.
      ((fits(records[i + 1]) && namedCells(records[i + 1]!).length >= 2) ||
        i === records.length - 1),
  );
  if (index >= 0) return { index, dataFrom: index + 1 };
  const dataFrom = records.findIndex(
    (record) => record.cells.length === width && namedCells(record).length >= 2,
  );
  return dataFrom < 0 ? null : { index: -1, dataFrom };
}

/** Names for the columns of a table without a header row: "Column 1", "Column 2"… */
export function numberedHeader(width: number): string[] {
  return Array.from({ length: width }, (_, i) => `#${i + 1}`);
}
