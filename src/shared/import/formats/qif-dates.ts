import type { DateOrder } from '../../imports';
import { detectDateOrder, instantOf, parseStatementDate } from '../dates';
import type { EntryDate } from './statement-rows';

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})(['/.-])(\d{2}|\d{4})$/;
const YEAR_FIRST = /^(\d{4})[-/.'](\d{1,2})[-/.'](\d{1,2})$/;

/** A two-digit year: after an apostrophe always 20xx (Quicken's way), else 1970–2069. */
function fullYear(year: string, separator: string): string {
  if (year.length === 4) return year;
  const yy = Number(year);
  return String(separator === "'" || yy < 70 ? 2000 + yy : 1900 + yy);
}

/**
 * A QIF date in a form the shared date reader takes: `1/5/24`, `01/05/2024`, `1/ 5'24`
 * (Quicken pads with spaces and writes 2000s years after an apostrophe) become
 * `1/5/2024`; `2024-01-05`, `2024'01'05` and `20240105` stay year first. Null when it is
 * not a date at all.
 */
export function normalizeQifDate(raw: string): string | null {
  const text = raw.replace(/\s+/g, '');
  const short = DAY_MONTH_YEAR.exec(text);
  if (short) return `${short[1]}/${short[2]}/${fullYear(short[4]!, short[3]!)}`;
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return `${yearFirst[1]}-${yearFirst[2]}-${yearFirst[3]}`;
  if (/^\d{8}$/.test(text)) return text;
  return null;
}

/**
 * The day/month order of a file's dates, decided over all of them with the shared
 * detector. When every date fits both, month first: QIF is Quicken's US format.
 */
export function qifDateOrder(dates: readonly string[]): { order: DateOrder; ambiguous: boolean } {
  const normalized = dates.map(normalizeQifDate).filter((date): date is string => date !== null);
  const detected = detectDateOrder(normalized);
  return detected.ambiguous ? { order: 'mdy', ambiguous: true } : detected;
}

/** A QIF date as the midnight it names in `timeZone`. */
export function parseQifDate(
  raw: string | undefined,
  order: DateOrder,
  timeZone: string,
): EntryDate {
  const text = (raw ?? '').trim();
  if (text === '') return { ok: false, reason: 'missing-date' };
  const normalized = normalizeQifDate(text);
  if (!normalized) return { ok: false, reason: 'bad-date', detail: text };
  const parsed = parseStatementDate(normalized, '', order);
  if (!parsed.ok) {
    const reason = parsed.problem === 'no-such-date' ? 'no-such-date' : 'bad-date';
    return { ok: false, reason, detail: text };
  }
  return { ok: true, at: instantOf(parsed, timeZone) };
}
