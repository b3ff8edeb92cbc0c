/** A calendar month in the user's time zone, as stored in aggregates: "2026-11". */
export type MonthKey = string;

export const MONTH_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Intl's options for an instant's local date and its hour, 00 to 23. */
export const DATE_AND_HOUR = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
} as const satisfies Intl.DateTimeFormatOptions;

/**
 * The formatter `cache` keeps for `timeZone`, made with `options` the first time: building
 * one costs far more than using it, and the hot paths ask for the same few zones.
 */
export function zoneFormatter(
  cache: Map<string, Intl.DateTimeFormat>,
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let formatter = cache.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(timeZone, formatter);
  }
  return formatter;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return zoneFormatter(partsFormatters, 'en-US', timeZone, DATE_AND_HOUR);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar date of an instant in a time zone. */
export function localDateParts(
  epochMs: number,
  timeZone: string,
): { year: number; month: number; day: number; hour: number } {
  const parts = partsFormatter(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? NaN);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') };
}

export function monthKeyOf(epochMs: number, timeZone: string): MonthKey {
  const { year, month } = localDateParts(epochMs, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: MonthKey, delta: number): MonthKey {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (none when `to` comes first). */
export function monthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The local calendar day of an instant: "2026-11-25". */
export function dayKeyOf(epochMs: number, timeZone: string): string {
  const { year, month, day } = localDateParts(epochMs, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The local hour (0–23) of an instant. */
export function localHourOf(epochMs: number, timeZone: string): number {
  return localDateParts(epochMs, timeZone).hour;
}
