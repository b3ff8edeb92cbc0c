import Papa from 'papaparse';

/** One CSV record and the physical line (1-based) it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
  /** Set when a quoted cell is followed by text before the next delimiter. */
  readonly badQuote?: boolean;
}

/** A quoted cell that never closes: everything after `line` was swallowed by it. */
export interface UnclosedQuote {
  readonly line: number;
}

const LF = 10;
const CR = 13;

/**
 * Reads CSV fed as text in chunks of any size, with papaparse doing the parsing (RFC 4180:
 * quoted cells with doubled quotes and line breaks). Line ends are made `\n` first, so that
 * CRLF, LF and CR all work, even mixed in one file. Every record carries the physical line
 * it starts on, which the rejection report needs: papaparse gives the offset after each
 * row, and the line breaks before it are counted. Blank lines are skipped.
 *
 * The text not yet parsed is kept from the start of the last, possibly incomplete row;
 * it is parsed again with the next chunk.
 */
export class CsvReader {
  /** Text from the start of a row that is not complete yet. */
  private pending = '';
  /** The physical line `pending` starts on. */
  private line = 1;
  private carryCr = false;
  /** The pending row has a quote still open: until a quote comes, parsing is pointless. */
  private openQuote = false;

  constructor(private readonly delimiter: string) {}

  /** Feeds text; calls `emit` for every complete record. */
  feed(text: string, emit: (record: CsvRecord) => void): void {
    if (this.carryCr && text.charCodeAt(0) === LF) text = text.slice(1);
    if (text === '') return;
    this.carryCr = text.charCodeAt(text.length - 1) === CR;
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    this.pending += text;
    if (this.openQuote && !text.includes('"')) return;
    this.parse(false, emit);
  }

  /** Call once at the end of the input. */
  end(emit: (record: CsvRecord) => void): UnclosedQuote | null {
    return this.parse(true, emit);
  }

  private parse(final: boolean, emit: (record: CsvRecord) => void): UnclosedQuote | null {
    const text = this.pending;
    let line = this.line;
    let counted = 0;
    const lineAt = (at: number): number => {
      for (let i = counted; i < at; i++) if (text.charCodeAt(i) === LF) line++;
      counted = at;
      return line;
    };
    let wait = text.length;
    let openQuote = false;
    let unclosed: UnclosedQuote | null = null;
    let from = 0;
    while (from < text.length) {
      const input = from === 0 ? text : text.slice(from);
      // papaparse drops a BOM in front of its input: its offsets start after it.
      const base = from + (input.charCodeAt(0) === 0xfeff ? 1 : 0);
      let start = from;
      let restart = -1;
      Papa.parse<string[]>(input, {
        delimiter: this.delimiter,
        newline: '\n',
        quoteChar: '"',
        escapeChar: '"',
        step: (result, parser) => {
          const rowStart = start;
          const end = base + result.meta.cursor;
          start = end;
          const missingQuote = result.errors.some((error) => error.code === 'MissingQuotes');
          // A row is complete when its line break was read: one running to the end of the
          // text may go on in the next chunk.
          const complete =
            final || (end > rowStart && text.charCodeAt(end - 1) === LF && !missingQuote);
          const invalid = result.errors.find((error) => error.code === 'InvalidQuotes');
          if (invalid && (complete || !mayBeCut(text))) {
            // `"abc"def`: the row is refused and reading goes on at the next line.
            const lineEnd = text.indexOf('\n', base + (invalid.index ?? 0));
            if (lineEnd < 0 && !final) {
              wait = rowStart;
            } else {
              const stop = lineEnd < 0 ? text.length : lineEnd;
              const cells = this.cellsOf(text.slice(rowStart, stop));
              emit({ line: lineAt(rowStart), cells, badQuote: true });
              restart = lineEnd < 0 ? text.length : lineEnd + 1;
            }
            parser.abort();
            return;
          }
          if (!complete) {
            wait = rowStart;
            openQuote = missingQuote;
            return;
          }
          if (missingQuote) {
            unclosed = { line: lineAt(rowStart) };
            return;
          }
          const cells = result.data;
          if (end - rowStart <= 1 && cells.length === 1 && cells[0] === '') return;
          emit({ line: lineAt(rowStart), cells });
        },
      });
      if (restart < 0) break;
      from = restart;
    }
    if (final) {
      this.pending = '';
      return unclosed;
    }
    this.line = lineAt(wait);
    this.pending = text.slice(wait);
    this.openQuote = openQuote;
    return null;
  }

  /** The cells of a line with a malformed quote, for the preview. */
  private cellsOf(line: string): string[] {
    return Papa.parse<string[]>(line, { delimiter: this.delimiter, newline: '\n' }).data[0] ?? [];
  }
}

/**
 * Whether a quote that looks malformed may only have been cut from what follows it: it is
 * the last quote of the text and nothing but blanks comes after it.
 */
function mayBeCut(text: string): boolean {
  return text.slice(text.lastIndexOf('"') + 1).trim() === '';
}
