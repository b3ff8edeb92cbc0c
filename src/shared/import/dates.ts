import type { DateOrder } from '../imports';
import { localDateParts, zoneFormatter } from '../dates';

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export type DateProblem = 'empty' | 'unreadable' | 'no-such-date' | 'no-such-time';

export type ParsedDate =
  | { readonly ok: true; readonly wall: WallTime; readonly offsetMinutes?: number }
  | { readonly ok: false; readonly problem: DateProblem };

const YMD = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SHORT = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
/** "05 Jan 2024", "5-Jan-24", "05. März 2024": day, month name, year, then any time. */
const DAY_NAMED =
  /^(\d{1,2})\.?[\s\-/]+([^\d\s\-/.,]{3,9})\.?[\s\-/]+(\d{4}|\d{2})(?:[\sT]+(.+))?$/u;
/** "Jan 5, 2024", "January 05 2024". */
const NAMED_DAY = /^([^\d\s\-/.,]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:[\sT]+(.+))?$/u;
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['jan', 'janv', 'januar', 'january', 'janvier', 'januari', 'jän', 'jänner', 'ene', 'enero'],
    ['feb', 'febr', 'févr', 'februar', 'february', 'février', 'februari', 'fév', 'febrero'],
    ['mar', 'mär', 'mrz', 'märz', 'march', 'mars', 'maart', 'mrt', 'marzo'],
    ['apr', 'april', 'avr', 'avril', 'abr', 'abril'],
    ['may', 'mai', 'mei', 'mayo'],
    ['jun', 'june', 'juni', 'juin'],
    ['jul', 'july', 'juli', 'juil', 'juillet'],
    ['aug', 'august', 'août', 'augustus', 'ago', 'agosto'],
    ['sep', 'sept', 'september', 'septembre', 'septiembre'],
    ['oct', 'okt', 'october', 'oktober', 'octobre', 'octubre'],
    ['nov', 'november', 'novembre', 'noviembre'],
    ['dec', 'dez', 'december', 'dezember', 'décembre', 'déc', 'dic', 'diciembre'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

/** A two-digit year is this century's. */
function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** A date written with its month's name, and the time after it. */
function namedDate(text: string): { parts: [number, number, number]; time: string } | null {
  const dayFirst = DAY_NAMED.exec(text);
  const monthFirst = dayFirst ? null : NAMED_DAY.exec(text);
  const match = dayFirst ?? monthFirst;
  if (!match) return null;
  const [day, name, year] = dayFirst
    ? [match[1]!, match[2]!, match[3]!]
    : [match[2]!, match[1]!, match[3]!];
  const month = MONTHS[name.toLowerCase().replace(/\.$/, '')];
  if (!month) return null;
  return { parts: [fullYear(year), month, Number(day)], time: (match[4] ?? '').trim() };
}
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits "2025-03-04 12:30:00", "2025-03-04T12:30:00+08:00" and "2025/3/4" into parts. */
function split(text: string): { date: string; time: string; offset?: string } {
  let rest = text.trim();
  let offset: string | undefined;
  if (/T\d/.test(rest)) {
    const match = OFFSET.exec(rest);
    if (match) {
      offset = match[1];
      rest = rest.slice(0, match.index);
    }
    rest = rest.replace('T', ' ');
  }
  const space = rest.search(/\s/);
  if (space < 0) return { date: rest, time: '', ...(offset ? { offset } : {}) };
  return {
    date: rest.slice(0, space),
    time: rest.slice(space).trim(),
    ...(offset ? { offset } : {}),
  };
}

function dateParts(date: string, order: DateOrder): [number, number, number] | null {
  const ymd = YMD.exec(date) ?? COMPACT.exec(date);
  if (ymd) return [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  const short = SHORT.exec(date);
  if (!short) return null;
  const a = Number(short[1]);
  const b = Number(short[2]);
  const year = fullYear(short[3]!);
  return order === 'mdy' ? [year, a, b] : [year, b, a];
}

/**
 * Reads a statement's date (and time, from the same cell or `timeCell`). `order` says how
 * to read "04/03/2025": day first (`dmy`) or month first (`mdy`); year-first dates need no
 * choice. Dates that do not exist, like 2025-02-30, are refused, never rolled over.
 */
export function parseStatementDate(cell: string, timeCell: string, order: DateOrder): ParsedDate {
  if (cell.trim() === '') return { ok: false, problem: 'empty' };
  const named = namedDate(cell.trim());
  const { date, time, offset } = named
    ? { date: '', time: named.time, offset: undefined }
    : split(cell);
  const parts = named ? named.parts : dateParts(date, order);
  if (!parts) return { ok: false, problem: 'unreadable' };
  const [year, month, day] = parts;
  if (year < 1970 || year > 2199 || month < 1 || month > 12 || day < 1) {
    return { ok: false, problem: 'no-such-date' };
  }
  if (day > daysIn(year, month)) return { ok: false, problem: 'no-such-date' };
  const timeText = (time || timeCell).trim();
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (timeText) {
    const match = TIME.exec(timeText);
    if (!match) return { ok: false, problem: 'unreadable' };
    hour = Number(match[1]);
    minute = Number(match[2]);
    second = Number(match[3] ?? 0);
    if (hour > 23 || minute > 59 || second > 59) return { ok: false, problem: 'no-such-time' };
  }
  const wall = { year, month, day, hour, minute, second };
  if (!offset) return { ok: true, wall };
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.replace(/[^\d]/g, '');
  const offsetMinutes =
    offset === 'Z' ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  return { ok: true, wall, offsetMinutes };
}

/**
 * Which orders could read every sampled date: `ambiguous` when both day-first and
 * month-first fit (every part ≤ 12), so the person has to choose.
 */
export function detectDateOrder(cells: readonly string[]): {
  readonly order: DateOrder;
  readonly ambiguous: boolean;
} {
  let dmy = true;
  let mdy = true;
  let short = false;
  for (const cell of cells) {
    const { date } = split(cell);
    if (!SHORT.test(date)) continue;
    short = true;
    if (!parseStatementDate(cell, '', 'dmy').ok) dmy = false;
    if (!parseStatementDate(cell, '', 'mdy').ok) mdy = false;
  }
  if (!short) return { order: 'ymd', ambiguous: false };
  if (dmy && !mdy) return { order: 'dmy', ambiguous: false };
  if (mdy && !dmy) return { order: 'mdy', ambiguous: false };
  return { order: 'dmy', ambiguous: true };
}

const minuteFormatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

function offsetAt(epochMs: number, timeZone: string): number {
  // Offsets change on hour boundaries: one lookup per zone and hour keeps 100k rows fast.
  const key = `${timeZone}|${Math.floor(epochMs / 3_600_000)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const formatter = zoneFormatter(minuteFormatters, 'en-US', timeZone, { minute: '2-digit' });
  const p = localDateParts(epochMs, timeZone);
  const minute = Number(formatter.format(new Date(epochMs)));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, minute);
  const offset = asUtc - Math.floor(epochMs / 60_000) * 60_000;
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** The instant of a wall-clock time in `timeZone` (or at a fixed offset the cell gave). */
export function instantOf(parsed: { wall: WallTime; offsetMinutes?: number }, timeZone: string) {
  const { year, month, day, hour, minute, second } = parsed.wall;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (parsed.offsetMinutes !== undefined) return wall - parsed.offsetMinutes * 60_000;
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return instant;
}
