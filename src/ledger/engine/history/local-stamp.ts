import { DATE_AND_HOUR, zoneFormatter } from '../../../shared/dates';

const DAY = 86_400_000;
const HALF_DAY = DAY / 2;
/**
 * Zones × days remembered: more than a lifetime's days in one zone, so that a second export
 * of a ledger spanning decades finds every day known (a few MB at the most).
 */
const CACHE_LIMIT = 1 << 17;

const stampFormatters = new Map<string, Intl.DateTimeFormat>();
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
/** `${zone}|${utc day}` → the zone's UTC offset in ms all day long, or null if it changes. */
const dayOffsets = new Map<string, number | null>();
/** `${zone}|${utc day}` → the zone's UTC offset at that day's first instant (00:00 UTC). */
const midnightOffsets = new Map<string, number>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function midnightOffset(timeZone: string, day: number): number {
  const key = `${timeZone}|${day}`;
  return midnightOffsets.get(key) ?? remember(midnightOffsets, key, offsetAt(timeZone, day * DAY));
}

const TO_MINUTE = { ...DATE_AND_HOUR, minute: '2-digit' } as const;
const TO_SECOND = { ...TO_MINUTE, second: '2-digit' } as const;

function formatterOf(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  seconds: boolean,
): Intl.DateTimeFormat {
  return zoneFormatter(cache, 'en-CA', timeZone, seconds ? TO_SECOND : TO_MINUTE);
}

function partsOf(formatter: Intl.DateTimeFormat, at: number): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(at))) parts[part.type] = part.value;
  return parts;
}

/**
 * Local date and time of an instant in a zone, "2026-11-25" and "19:05", straight from Intl.
 * The reference for `localStamp`, and its answer wherever the shortcut does not apply.
 */
export function intlLocalStamp(occurredAt: number, timeZone: string): [string, string] {
  const parts = partsOf(formatterOf(stampFormatters, timeZone, false), occurredAt);
  return [`${parts.year}-${parts.month}-${parts.day}`, `${parts.hour}:${parts.minute}`];
}

/**
 * The zone's offset from UTC at a whole second, in ms (seconds too: LMT offsets have them);
 * NaN outside the years 1000–9999, where Date.UTC and the four-digit stamp do not hold.
 */
function offsetAt(timeZone: string, at: number): number {
  const p = partsOf(formatterOf(offsetFormatters, timeZone, true), at);
  if (!/^\d{4}$/.test(p.year ?? '')) return NaN;
  const local = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return local - at;
}

/**
 * The offset that holds for the whole UTC day, or null when it changes that day. Checked at
 * the day's start, middle and end (the next day's start, so consecutive days share it): a
 * zone would have to change its offset and change it back within 12 hours to slip through,
 * which no zone in the IANA database does. A change exactly at the next midnight marks the
 * day unsteady, which only sends its rows to Intl. (A NaN offset never equals itself, so
 * days outside the supported years are never steady.)
 */
function dayOffset(timeZone: string, day: number): number | null {
  const key = `${timeZone}|${day}`;
  const known = dayOffsets.get(key);
  if (known !== undefined) return known;
  const first = midnightOffset(timeZone, day);
  const steady =
    offsetAt(timeZone, day * DAY + HALF_DAY) === first &&
    midnightOffset(timeZone, day + 1) === first;
  return remember(dayOffsets, key, steady ? first : null);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * Local date and time of an instant in its own zone, "2026-11-25" and "19:05" — the same
 * strings as `intlLocalStamp`, without an Intl call per row: the zone's offset is found once
 * per UTC day and the local wall clock is plain arithmetic. Days in which the offset changes
 * (DST switches) and years outside 1000–9999 go to Intl row by row.
 */
export function localStamp(occurredAt: number, timeZone: string): [string, string] {
  const offset = dayOffset(timeZone, Math.floor(occurredAt / DAY));
  if (offset === null) return intlLocalStamp(occurredAt, timeZone);
  const local = new Date(occurredAt + offset);
  const year = local.getUTCFullYear();
  if (year < 1000 || year > 9999) return intlLocalStamp(occurredAt, timeZone);
  return [
    `${year}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`,
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`,
  ];
}
