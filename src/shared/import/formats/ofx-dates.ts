import { instantOf, parseStatementDate } from '../dates';
import type { EntryDate } from './statement-rows';

const OFX_DATE =
  /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(?:(\d{2})(?:\.\d{1,3})?)?)?\s*(?:\[\s*([+-]?\d{1,2})(?:[.,](\d{1,2}))?\s*(?::[^\]]*)?\])?$/;

/** The minutes of an offset's fraction: `.5` is half an hour, `.30` thirty minutes. */
function fractionMinutes(fraction: string | undefined): number {
  if (!fraction) return 0;
  if (fraction === '5' || fraction === '50') return 30;
  if (fraction === '25') return 15;
  if (fraction === '75') return 45;
  return Number(fraction) < 60 ? Number(fraction) : 0;
}

/**
 * An OFX date-time, `YYYYMMDD[HHMMSS[.XXX]][[offset:TZ]]` (`20240105120000.000[-5:EST]`).
 * A stated offset is honoured; a date or time without one is read as the wall clock of
 * `timeZone` (a date alone is that day's midnight), so the day the bank printed stays the
 * day the person sees. Dates that do not exist are refused, never rolled over.
 */
export function parseOfxDate(cell: string, timeZone: string): EntryDate {
  const text = cell.trim();
  if (text === '') return { ok: false, reason: 'missing-date' };
  const match = OFX_DATE.exec(text);
  if (!match) return { ok: false, reason: 'bad-date', detail: text };
  const [, year, month, day, hour, minute, second, offsetHours, offsetFraction] = match;
  const wallText = `${year}-${month}-${day} ${hour ?? '00'}:${minute ?? '00'}:${second ?? '00'}`;
  const parsed = parseStatementDate(wallText, '', 'ymd');
  if (!parsed.ok) {
    return {
      ok: false,
      reason: parsed.problem === 'no-such-date' ? 'no-such-date' : 'bad-date',
      detail: text,
    };
  }
  if (offsetHours === undefined) return { ok: true, at: instantOf(parsed, timeZone) };
  const sign = offsetHours.startsWith('-') ? -1 : 1;
  const offsetMinutes =
    sign * (Math.abs(Number(offsetHours)) * 60 + fractionMinutes(offsetFraction));
  return { ok: true, at: instantOf({ wall: parsed.wall, offsetMinutes }, timeZone) };
}
