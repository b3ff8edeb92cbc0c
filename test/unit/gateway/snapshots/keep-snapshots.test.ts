import { describe, expect, it } from 'vitest';
import { isoWeekOf, keepSnapshots } from '../../../../src/gateway/snapshots/keep-snapshots';

const ZONE = 'Asia/Shanghai';
const DAY = 86_400_000;
/** Noon in Shanghai on a day counted from 2026-11-25 (a Wednesday). */
const noon = (daysAgo: number) => Date.UTC(2026, 10, 25, 4) - daysAgo * DAY;
const NOW = noon(0) + 3_600_000;

function kept(times: number[], now = NOW): number[] {
  return [...keepSnapshots(times, now, ZONE)].sort((a, b) => b - a);
}

describe('which automatic snapshots are kept', () => {
  it('names ISO weeks the way calendars do, across the turn of a year', () => {
    expect(isoWeekOf('2026-11-25')).toBe('2026-W48');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
  });

  it('keeps every snapshot of a first week of daily use', () => {
    const week = [0, 1, 2, 3, 4, 5, 6].map(noon);
    expect(kept(week)).toEqual(week);
  });

  it('keeps only the newest of two taken on the same day', () => {
    const morning = noon(1) - 3 * 3_600_000;
    expect(kept([noon(0), noon(1), morning])).toEqual([noon(0), noon(1)]);
  });

  it('after a year of daily use keeps 7 days, then one a week for 4 weeks, then one a month', () => {
    const year = Array.from({ length: 400 }, (_, daysAgo) => noon(daysAgo));
    const result = kept(year);
    // The 7 newest days…
    expect(result.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6].map(noon));
    // …at most 7 + 4 + 12 in all, and never more than one per day.
    expect(result.length).toBeLessThanOrEqual(23);
    expect(result.length).toBeGreaterThanOrEqual(12 + 7);
    const days = new Set(
      result.map((at) => new Date(at + 8 * 3_600_000).toISOString().slice(0, 10)),
    );
    expect(days.size).toBe(result.length);
    // The oldest kept is about a year old: one per month for twelve months.
    const oldest = result.at(-1)!;
    expect(NOW - oldest).toBeGreaterThan(320 * DAY);
    expect(NOW - oldest).toBeLessThan(366 * DAY);
  });

  it('keeps seven snapshots of a Purse used once a week, not only those of the last seven days', () => {
    const weekly = Array.from({ length: 10 }, (_, weeks) => noon(weeks * 7));
    expect(kept(weekly).slice(0, 7)).toEqual(weekly.slice(0, 7));
  });

  it('never deletes the only snapshot, however old, nor one dated after a clock that slipped back', () => {
    expect(kept([noon(900)])).toEqual([noon(900)]);
    const future = NOW + 5 * DAY;
    expect(kept([future, ...Array.from({ length: 40 }, (_, d) => noon(d))])).toContain(future);
  });

  it('keeps nothing when there is nothing', () => {
    expect(kept([])).toEqual([]);
  });
});
