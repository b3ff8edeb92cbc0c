import type { FormatProblem } from './format-problem';

/** One split of a QIF transaction (`S` category, `E` memo, `$` amount). */
export interface QifSplit {
  category?: string;
  memo?: string;
  amount?: string;
}

/** One `^`-terminated QIF transaction, its fields as written. */
export interface QifRecord {
  /** The account the record belongs to: the `!Account` named last, or the section type. */
  readonly account: string;
  readonly fields: Partial<Record<'D' | 'T' | 'U' | 'P' | 'M' | 'L' | 'N' | 'C', string>>;
  readonly splits: QifSplit[];
}

export type QifRecords =
  | { readonly ok: true; readonly records: readonly QifRecord[]; readonly types: readonly string[] }
  | { readonly ok: false; readonly problem: FormatProblem };

/** Sections that hold a statement's transactions. */
const TRANSACTION_TYPES = new Set(['bank', 'ccard', 'cash', 'oth a', 'oth l', 'oth s']);
/** Lists that hold no transactions (categories, classes, memorised ones, prices): passed over. */
const LIST_TYPES = new Set(['cat', 'class', 'memorized', 'prices', 'security']);
const INVESTMENT_TYPES = new Set(['invst', 'port']);

type Section = 'transactions' | 'account' | 'list';

function sectionOf(header: string): Section | FormatProblem {
  if (/^!account\b/i.test(header)) return 'account';
  if (/^!(option|clear):/i.test(header)) return 'list';
  const type = /^!type\s*:\s*(.*)$/i.exec(header)?.[1]?.trim().replace(/\s+/g, ' ') ?? '';
  const key = type.toLowerCase();
  if (TRANSACTION_TYPES.has(key)) return 'transactions';
  if (LIST_TYPES.has(key)) return 'list';
  const section = type || header.slice(1);
  if (INVESTMENT_TYPES.has(key)) return { code: 'qif-investment', section };
  return { code: 'qif-unknown-section', section };
}

/** `E` and `$` fill the split `S` opened; without an `S`, a repeated field starts a new split. */
function splitField(splits: QifSplit[], code: 'E' | '$', value: string): void {
  let split = splits.at(-1);
  if (!split || split.amount !== undefined || (code === 'E' && split.memo !== undefined)) {
    split = {};
    splits.push(split);
  }
  if (code === 'E') split.memo = value;
  else split.amount = value;
}

const FIELD_CODES = new Set(['D', 'T', 'U', 'P', 'M', 'L', 'N', 'C']);

/**
 * Splits a QIF file into its transactions. A line's first character says what it holds
 * (`D` date, `T` amount, `P` payee…), `^` ends a record, and `!` lines start a section:
 * `!Type:Bank`, `CCard`, `Cash`, `Oth A`, `Oth L` hold transactions; `!Account` names the
 * account the next section belongs to; category, class and memorised lists are passed
 * over; an investment or unknown section refuses the file.
 */
export function readQifRecords(text: string): QifRecords {
  const records: QifRecord[] = [];
  const types: string[] = [];
  let section: Section | null = null;
  let account = '';
  let typeKey = '';
  let fields: QifRecord['fields'] & Record<string, string> = {};
  let splits: QifSplit[] = [];
  let accountName = '';

  const endRecord = () => {
    const used = Object.keys(fields).length > 0 || splits.length > 0;
    if (section === 'transactions' && used) {
      records.push({ account: account || `!Type:${typeKey}`, fields, splits });
    }
    if (section === 'account' && accountName) account = accountName;
    fields = {};
    splits = [];
    accountName = '';
  };

  for (const raw of text.split(/\r\n|\n|\r/)) {
    // Some writers indent their lines; a field's letter is the first thing on it.
    const line = raw.replace(/^\uFEFF/, '').trimStart();
    if (line.trim() === '') continue;
    if (line.startsWith('!')) {
      endRecord();
      const next = sectionOf(line.trim());
      if (typeof next !== 'string') return { ok: false, problem: next };
      section = next;
      if (next === 'transactions') {
        typeKey = /:\s*(.*)$/.exec(line)![1]!.trim();
        types.push(typeKey);
      }
      continue;
    }
    const code = line[0]!;
    const value = line.slice(1).trim();
    if (code === '^') endRecord();
    else if (section === 'account' && code === 'N') accountName = value;
    else if (section !== 'transactions') continue;
    else if (code === 'S') splits.push({ category: value });
    else if (code === 'E' || code === '$') splitField(splits, code, value);
    else if (FIELD_CODES.has(code) && fields[code] === undefined) fields[code] = value;
  }
  endRecord();
  return { ok: true, records, types };
}
