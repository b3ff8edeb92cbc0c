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

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * An RFC 4180 reader fed text in chunks of any size: quoted cells with doubled quotes and
 * line breaks, CRLF, LF or CR line ends. It counts physical lines so that every record
 * carries the line number a person sees in an editor, which the rejection report needs.
 * Blank lines are skipped.
 */
export class CsvTokenizer {
  private line = 1;
  private recordLine = 1;
  private cells: string[] = [];
  private cell = '';
  private inQuotes = false;
  private quotedCell = false;
  private afterQuote = false;
  private badQuote = false;
  private lastWasCr = false;
  private pendingQuote = false;

  constructor(private readonly delimiter: string) {}

  /** Feeds text; calls `emit` for every complete record. */
  feed(text: string, emit: (record: CsvRecord) => void): void {
    const delimiter = this.delimiter.charCodeAt(0);
    let start = 0;
    const n = text.length;
    if (this.pendingQuote && n > 0) {
      this.pendingQuote = false;
      if (text.charCodeAt(0) === QUOTE) {
        this.cell += '"';
        start = 1;
      } else {
        this.inQuotes = false;
        this.afterQuote = true;
      }
    }
    for (let i = start; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.lastWasCr) {
        this.lastWasCr = false;
        if (c === LF) {
          start = i + 1;
          continue;
        }
      }
      if (this.inQuotes) {
        if (c === QUOTE) {
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              this.cell += text.slice(start, i + 1);
              i++;
              start = i + 1;
              continue;
            }
            this.cell += text.slice(start, i);
            this.inQuotes = false;
            this.afterQuote = true;
            start = i + 1;
          } else {
            // A quote at the end of a chunk: it may be the first of a doubled pair.
            this.cell += text.slice(start, i);
            this.pendingQuote = true;
            start = i + 1;
          }
        } else if (c === LF || c === CR) {
          this.line++;
          if (c === CR) this.lastWasCr = true;
          if (c === CR && i + 1 < n && text.charCodeAt(i + 1) === LF) {
            this.cell += text.slice(start, i) + '\n';
            i++;
            this.lastWasCr = false;
            start = i + 1;
          } else {
            this.cell += text.slice(start, i) + '\n';
            start = i + 1;
          }
        }
        continue;
      }
      if (c === delimiter) {
        this.cell += text.slice(start, i);
        this.endCell();
        start = i + 1;
      } else if (c === LF || c === CR) {
        this.cell += text.slice(start, i);
        this.endRecord(emit);
        this.line++;
        this.recordLine = this.line;
        if (c === CR) this.lastWasCr = true;
        start = i + 1;
      } else if (c === QUOTE && this.cell === '' && i === start && !this.afterQuote) {
        this.inQuotes = true;
        this.quotedCell = true;
        start = i + 1;
      } else if (this.afterQuote) {
        // `"abc"def`: text after a closing quote. Kept, but the record is flagged.
        if (c !== 32 && c !== 9) this.badQuote = true;
      }
    }
    if (start < n) this.cell += text.slice(start, n);
  }

  /** Call once at the end of the input. */
  end(emit: (record: CsvRecord) => void): UnclosedQuote | null {
    if (this.pendingQuote) this.resolvePendingQuote();
    if (this.inQuotes) {
      const line = this.recordLine;
      this.reset();
      return { line };
    }
    if (this.cell !== '' || this.cells.length > 0 || this.quotedCell) this.endRecord(emit);
    return null;
  }

  private resolvePendingQuote(): void {
    this.pendingQuote = false;
    this.inQuotes = false;
    this.afterQuote = true;
  }

  private endCell(): void {
    this.cells.push(this.cell);
    this.cell = '';
    this.quotedCell = false;
    this.afterQuote = false;
  }

  private endRecord(emit: (record: CsvRecord) => void): void {
    const blank = this.cells.length === 0 && this.cell === '' && !this.quotedCell;
    if (!blank) {
      this.endCell();
      emit({
        line: this.recordLine,
        cells: this.cells,
        ...(this.badQuote ? { badQuote: true } : {}),
      });
    }
    this.reset();
  }

  private reset(): void {
    this.cells = [];
    this.cell = '';
    this.quotedCell = false;
    this.afterQuote = false;
    this.badQuote = false;
    this.inQuotes = false;
  }
}
