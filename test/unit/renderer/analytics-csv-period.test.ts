import { describe, expect, it } from 'vitest';
import { periodAround, trendRange } from '../../../src/renderer/features/analytics/period';
import { csvCell, toCsv } from '../../../src/renderer/features/analytics/report-csv';

describe('the monthly report CSV', () => {
  it('quotes as RFC 4180 says and defuses cells a spreadsheet would run', () => {
    expect(csvCell('Groceries')).toBe('Groceries');
    expect(csvCell('CN¥1,200.00')).toBe('"CN¥1,200.00"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-¥5.50')).toBe("'-¥5.50");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });

  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const text = toCsv([
      ['分类', '金额'],
      ['餐饮', '¥1,200.00'],
    ]);
    expect(text.startsWith('\uFEFF分类,金额\r\n')).toBe(true);
    expect(text.endsWith('餐饮,"¥1,200.00"\r\n')).toBe(true);
  });
});

describe('analytics periods', () => {
  it('finds the quarter and year around a month', () => {
    expect(periodAround('month', '2026-11')).toEqual({
      kind: 'month',
      from: '2026-11',
      to: '2026-11',
    });
    expect(periodAround('quarter', '2026-11')).toEqual({
      kind: 'quarter',
      from: '2026-10',
      to: '2026-12',
    });
    expect(periodAround('year', '2026-02')).toEqual({
      kind: 'year',
      from: '2026-01',
      to: '2026-12',
    });
  });

  it('draws trends over twelve months, or the whole period when longer', () => {
    expect(trendRange({ kind: 'month', from: '2026-11', to: '2026-11' })).toEqual({
      from: '2025-12',
      to: '2026-11',
    });
    expect(trendRange({ kind: 'custom', from: '2024-01', to: '2026-11' })).toEqual({
      from: '2024-01',
      to: '2026-11',
    });
  });
});
