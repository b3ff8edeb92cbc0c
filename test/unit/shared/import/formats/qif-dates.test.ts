import { describe, expect, it } from 'vitest';
import {
  normalizeQifDate,
  parseQifDate,
  qifDateOrder,
} from '../../../../../src/shared/import/formats/qif-dates';

describe('QIF dates', () => {
  it.each([
    ['1/5/24', '1/5/2024'],
    ['01/05/2024', '01/05/2024'],
    ["1/ 5'24", '1/5/2024'],
    ["12/31'99", '12/31/2099'],
    ['12/31/99', '12/31/1999'],
    ['5.1.2024', '5/1/2024'],
    ['2024-01-05', '2024-01-05'],
    ["2024'01'05", '2024-01-05'],
    ['20240105', '20240105'],
  ])('reads %s as %s', (raw, normalized) => {
    expect(normalizeQifDate(raw)).toBe(normalized);
  });

  it('is not fooled by what is not a date', () => {
    expect(normalizeQifDate('Jan 5')).toBeNull();
    expect(normalizeQifDate('1/5')).toBeNull();
  });

  it('decides day or month first over the whole file, month first when both fit', () => {
    expect(qifDateOrder(["1/ 5'24", "1/15'24"])).toEqual({ order: 'mdy', ambiguous: false });
    expect(qifDateOrder(['05/01/2024', '13/01/2024'])).toEqual({ order: 'dmy', ambiguous: false });
    expect(qifDateOrder(['05/01/2024', '06/01/2024'])).toEqual({ order: 'mdy', ambiguous: true });
    expect(qifDateOrder(['2024-01-05'])).toEqual({ order: 'ymd', ambiguous: false });
  });

  it('reads a date as midnight in the time zone', () => {
    expect(parseQifDate("1/ 5'24", 'mdy', 'Asia/Shanghai')).toEqual({
      ok: true,
      at: Date.parse('2024-01-05T00:00:00+08:00'),
    });
    expect(parseQifDate('05/01/2024', 'dmy', 'America/New_York')).toEqual({
      ok: true,
      at: Date.parse('2024-01-05T00:00:00-05:00'),
    });
    expect(parseQifDate('2/30/2024', 'mdy', 'UTC')).toEqual({
      ok: false,
      reason: 'no-such-date',
      detail: '2/30/2024',
    });
    expect(parseQifDate(undefined, 'mdy', 'UTC')).toEqual({ ok: false, reason: 'missing-date' });
  });
});
