import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayKeyOf,
  isValidTimeZone,
  localHourOf,
  monthKeyOf,
} from '../../../src/shared/dates';

describe('monthKeyOf', () => {
  it('uses the local month of the given zone', () => {
    const instant = Date.UTC(2026, 0, 31, 20, 0);
    expect(monthKeyOf(instant, 'UTC')).toBe('2026-01');
    expect(monthKeyOf(instant, 'Asia/Shanghai')).toBe('2026-02');
    expect(monthKeyOf(Date.UTC(2026, 1, 1, 3, 0), 'America/Los_Angeles')).toBe('2026-01');
  });
});

describe('addMonths', () => {
  it('crosses year boundaries both ways', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2024-02', 12)).toBe('2025-02');
  });
});

describe('isValidTimeZone', () => {
  it('knows real zones and refuses made-up ones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('dayKeyOf and localHourOf', () => {
  it('give the local day and hour of the zone', () => {
    const instant = Date.UTC(2026, 10, 25, 17, 30);
    expect(dayKeyOf(instant, 'Asia/Shanghai')).toBe('2026-11-26');
    expect(localHourOf(instant, 'Asia/Shanghai')).toBe(1);
    expect(dayKeyOf(instant, 'UTC')).toBe('2026-11-25');
    expect(localHourOf(Date.UTC(2026, 10, 25, 0, 5), 'UTC')).toBe(0);
  });
});
