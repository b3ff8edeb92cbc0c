import { describe, expect, it } from 'vitest';
import { parseOfxDate } from '../../../../../src/shared/import/formats/ofx-dates';

const at = (iso: string) => ({ ok: true, at: Date.parse(iso) });

describe('OFX dates', () => {
  it('honours the offset the date states', () => {
    expect(parseOfxDate('20240105120000.000[-5:EST]', 'Asia/Shanghai')).toEqual(
      at('2024-01-05T12:00:00-05:00'),
    );
    expect(parseOfxDate('20240120193000[-8:PST]', 'Europe/London')).toEqual(
      at('2024-01-20T19:30:00-08:00'),
    );
    expect(parseOfxDate('20240105120000[+5.5:IST]', 'UTC')).toEqual(
      at('2024-01-05T12:00:00+05:30'),
    );
    expect(parseOfxDate('20240105120000[0:GMT]', 'Asia/Shanghai')).toEqual(
      at('2024-01-05T12:00:00Z'),
    );
  });

  it('reads a date alone as midnight where the person is', () => {
    expect(parseOfxDate('20240112', 'Asia/Shanghai')).toEqual(at('2024-01-12T00:00:00+08:00'));
    expect(parseOfxDate('20240112', 'America/New_York')).toEqual(at('2024-01-12T00:00:00-05:00'));
    // A date with an offset is midnight at that offset.
    expect(parseOfxDate('20240112[-5:EST]', 'Asia/Shanghai')).toEqual(
      at('2024-01-12T00:00:00-05:00'),
    );
  });

  it('reads a time without an offset as the wall clock where the person is', () => {
    expect(parseOfxDate('202401121830', 'Asia/Shanghai')).toEqual(at('2024-01-12T18:30:00+08:00'));
    expect(parseOfxDate('20240712183000.123', 'Europe/Berlin')).toEqual(
      at('2024-07-12T18:30:00+02:00'),
    );
  });

  it('refuses what is not a date, or a date that does not exist', () => {
    expect(parseOfxDate('', 'UTC')).toEqual({ ok: false, reason: 'missing-date' });
    expect(parseOfxDate('2024-01-05', 'UTC')).toEqual({
      ok: false,
      reason: 'bad-date',
      detail: '2024-01-05',
    });
    expect(parseOfxDate('20240230', 'UTC')).toEqual({
      ok: false,
      reason: 'no-such-date',
      detail: '20240230',
    });
    expect(parseOfxDate('20240105250000', 'UTC')).toMatchObject({ ok: false, reason: 'bad-date' });
  });
});
