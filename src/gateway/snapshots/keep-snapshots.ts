import { dayKeyOf, monthKeyOf } from '../../shared/dates';

/** How many of each kind of period keep their newest snapshot. */
export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

/** The ISO 8601 week of a local day (`2026-11-25` → `2026-W48`): weeks start on Monday. */
export function isoWeekOf(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const thursday = new Date(Date.UTC(year, month - 1, date));
  // The week belongs to the year its Thursday falls in.
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const weekYear = thursday.getUTCFullYear();
  const week = Math.ceil(((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/**
 * Which snapshots rotation keeps (their times, in ms): the newest of each of the last 7 days
 * that have one, of the last 4 ISO weeks that have one and of the last 12 months that have
 * one, in the person's zone (as restic's and borg's `keep-daily/weekly/monthly` count
 * periods that have a snapshot, so a Purse used once a week still keeps 7 of them). The
 * newest snapshot is always kept; so is one dated after `now` (a clock that slipped back
 * must not delete what it cannot place).
 */
export function keepSnapshots(
  times: readonly number[],
  now: number,
  timeZone: string,
): Set<number> {
  const newestFirst = [...times].sort((a, b) => b - a);
  const kept = new Set<number>(newestFirst.filter((at) => at > now));
  const periods: readonly [number, (at: number) => string][] = [
    [KEEP.daily, (at) => dayKeyOf(at, timeZone)],
    [KEEP.weekly, (at) => isoWeekOf(dayKeyOf(at, timeZone))],
    [KEEP.monthly, (at) => monthKeyOf(at, timeZone)],
  ];
  for (const [count, periodOf] of periods) {
    const seen = new Set<string>();
    for (const at of newestFirst) {
      if (at > now) continue;
      const period = periodOf(at);
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      kept.add(at);
    }
  }
  if (newestFirst.length) kept.add(newestFirst[0]!);
  return kept;
}
