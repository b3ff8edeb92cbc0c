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

/** The recurrence rule of a bill, over calendar dates (UTC midnight stands for a local date). */
export function ruleOf(bill: Pick<Bill, 'firstDue' | 'schedule'>): RRule | null {
  const dtstart = toDate(bill.firstDue);
  const { schedule } = bill;
  switch (schedule.kind) {
    case 'once':
      return null;
    case 'monthly':
      return new RRule({ freq: RRule.MONTHLY, dtstart, ...dayOrLast(schedule.dayOfMonth) });
    case 'every':
      return schedule.unit === 'week'
        ? new RRule({ freq: RRule.WEEKLY, interval: schedule.interval, dtstart })
        : new RRule({
            freq: RRule.MONTHLY,
            interval: schedule.interval,
            dtstart,
            ...dayOrLast(dtstart.getUTCDate()),
          });
    case 'yearly':
      return new RRule({
        freq: RRule.YEARLY,
        dtstart,
        bymonth: [dtstart.getUTCMonth() + 1],
        ...dayOrLast(dtstart.getUTCDate()),
      });
  }
}

/** Due dates of a bill from `from` to `to` inclusive ("YYYY-MM-DD"), never before its first. */
export function dueDatesBetween(
  bill: Pick<Bill, 'firstDue' | 'schedule'>,
  from: string,
  to: string,
): string[] {
  const start = from < bill.firstDue ? bill.firstDue : from;
  if (start > to) return [];
  const rule = ruleOf(bill);
  if (!rule) return bill.firstDue >= start && bill.firstDue <= to ? [bill.firstDue] : [];
  return rule.between(toDate(start), toDate(to), true).map(toKey);
}

/** The first due date on or after `from`, if any within ten years. */
export function nextDueDate(
  bill: Pick<Bill, 'firstDue' | 'schedule'>,
  from: string,
): string | null {
  const rule = ruleOf(bill);
  if (!rule) return bill.firstDue >= from ? bill.firstDue : null;
  const next = rule.after(toDate(from < bill.firstDue ? bill.firstDue : from), true);
  return next ? toKey(next) : null;
}

export function addDays(key: string, days: number): string {
  const date = toDate(key);
  date.setUTCDate(date.getUTCDate() + days);
  return toKey(date);
}
