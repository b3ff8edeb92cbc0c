import { dayKeyOf, systemTimeZone } from '../../../shared/dates';

/**
 * Bills are due on calendar dates ("2026-11-28"), not instants: these helpers work on such
 * keys through UTC midnights, so no time zone or daylight-saving change can move a day.
 */

const DAY_MS = 86_400_000;

export function keyToUtc(key: string): number {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

export function utcToKey(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

export function addDays(key: string, days: number): string {
  return utcToKey(keyToUtc(key) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((keyToUtc(to) - keyToUtc(from)) / DAY_MS);
}

/** Today's date where the person is. */
export function todayKey(now: number = Date.now(), timeZone: string = systemTimeZone()): string {
  return dayKeyOf(now, timeZone);
}

/** The day of the month of a date key (1–31). */
export function dayOfMonth(key: string): number {
  return Number(key.slice(8, 10));
}

/** How far back the Bills screen looks for occurrences nobody paid or skipped. */
export const OVERDUE_LOOKBACK_DAYS = 365;
/** "Upcoming" means the next 30 days. */
export const UPCOMING_DAYS = 30;

/** The window the Bills screen reads: a year back (overdue) to 30 days ahead (upcoming). */
export function listWindow(today: string): { from: string; days: number } {
  return {
    from: addDays(today, -OVERDUE_LOOKBACK_DAYS),
    days: OVERDUE_LOOKBACK_DAYS + 1 + UPCOMING_DAYS,
  };
}
