import { localDateParts } from './dates';

function offsetAt(epochMs: number, timeZone: string): number {
  const p = localDateParts(epochMs, timeZone);
  const minute = new Intl.DateTimeFormat('en-US', { timeZone, minute: '2-digit' }).format(
    new Date(epochMs),
  );
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, Number(minute));
  return asUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/** The instant when it is `hour`:00 on local date `dateKey` in `timeZone` (DST-aware). */
export function zonedInstant(dateKey: string, hour: number, timeZone: string): number {
  const [y, m, d] = dateKey.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour);
  let instant = wall - offsetAt(wall, timeZone);
  // Once more, for a DST change between the guess and the answer.
  instant = wall - offsetAt(instant, timeZone);
  return instant;
}
