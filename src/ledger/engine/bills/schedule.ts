import { RRule, type Options } from 'rrule';
import type { Bill } from '../../../shared/bills';

function toDate(key: string): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function toKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Day N, or the last day of months that are shorter (31 → 30 April, 28/29 February). */
function dayOrLast(day: number): Partial<Pick<Options, 'bymonthday' | 'bysetpos'>> {
  if (day <= 28) return { bymonthday: [day] };
  return { bymonthday: Array.from({ length: day - 27 }, (_, i) => 28 + i), bysetpos: [-1] };
}

/** What a schedule's dates depend on. */
export type Dated = Pick<Bill, 'firstDue' | 'schedule'> &
  Partial<Pick<Bill, 'weekend' | 'endsAfter' | 'endsOn'>>;

/** How a schedule ends: after a count, or on a date (inclusive). */
function endOf(bill: Dated): Partial<Pick<Options, 'count' | 'until'>> {
  if (bill.endsAfter !== undefined) return { count: bill.endsAfter };
  if (bill.endsOn !== undefined) return { until: toDate(bill.endsOn) };
  return {};
}

/** The recurrence rule of a bill, over calendar dates (UTC midnight stands for a local date). */
export function ruleOf(bill: Dated): RRule | null {
  const dtstart = toDate(bill.firstDue);
  const { schedule } = bill;
  const end = endOf(bill);
  switch (schedule.kind) {
    case 'once':
      return null;
    case 'monthly':
      return new RRule({ freq: RRule.MONTHLY, dtstart, ...end, ...dayOrLast(schedule.dayOfMonth) });
    case 'every':
      return schedule.unit === 'week'
        ? new RRule({ freq: RRule.WEEKLY, interval: schedule.interval, dtstart, ...end })
        : new RRule({
            freq: RRule.MONTHLY,
            interval: schedule.interval,
            dtstart,
            ...end,
            ...dayOrLast(dtstart.getUTCDate()),
          });
    case 'yearly':
      return new RRule({
        freq: RRule.YEARLY,
        dtstart,
        ...end,
        bymonth: [dtstart.getUTCMonth() + 1],
        ...dayOrLast(dtstart.getUTCDate()),
      });
  }
}

/** A date moved off the weekend as the schedule says (Friday before, Monday after). */
function offWeekend(key: string, weekend: Bill['weekend'] | undefined): string {
  if (weekend === undefined || weekend === 'keep') return key;
  const day = toDate(key).getUTCDay();
  if (day !== 0 && day !== 6) return key;
  if (weekend === 'before') return addDays(key, day === 6 ? -1 : -2);
  return addDays(key, day === 6 ? 2 : 1);
}

/** A weekend date moves at most two days: look that far beyond a window's edges. */
const WEEKEND_REACH = 2;

/** The earliest a schedule's first date can fall: its first due date, or a weekend moved earlier. */
export function earliestDate(bill: Dated): string {
  return bill.weekend === 'before' ? addDays(bill.firstDue, -WEEKEND_REACH) : bill.firstDue;
}

/** Due dates of a bill from `from` to `to` inclusive ("YYYY-MM-DD"), never before its first. */
export function dueDatesBetween(bill: Dated, from: string, to: string): string[] {
  const rule = ruleOf(bill);
  if (!rule) {
    const only = offWeekend(bill.firstDue, bill.weekend);
    return only >= from && only <= to ? [only] : [];
  }
  const start = from < bill.firstDue ? bill.firstDue : from;
  const wideFrom = addDays(start, -WEEKEND_REACH);
  const raw = rule.between(
    toDate(wideFrom < bill.firstDue ? bill.firstDue : wideFrom),
    toDate(addDays(to, WEEKEND_REACH)),
    true,
  );
  const dates = raw.map((date) => offWeekend(toKey(date), bill.weekend));
  return [...new Set(dates)].filter((date) => date >= from && date <= to);
}

/** The first due date on or after `from`, if any within ten years. */
export function nextDueDate(bill: Dated, from: string): string | null {
  const rule = ruleOf(bill);
  if (!rule) {
    const only = offWeekend(bill.firstDue, bill.weekend);
    return only >= from ? only : null;
  }
  const start = addDays(from, -WEEKEND_REACH);
  let cursor = toDate(start < bill.firstDue ? bill.firstDue : start);
  for (let step = 0; step < 8; step += 1) {
    const next = rule.after(cursor, true);
    if (!next) return null;
    const date = offWeekend(toKey(next), bill.weekend);
    if (date >= from) return date;
    cursor = toDate(addDays(toKey(next), 1));
  }
  return null;
}

export function addDays(key: string, days: number): string {
  const date = toDate(key);
  date.setUTCDate(date.getUTCDate() + days);
  return toKey(date);
}
