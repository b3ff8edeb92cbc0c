import { describe, expect, it } from 'vitest';
import { parseStatementAmount, detectDecimalMark } from '../../../src/shared/import/amounts';
import { CsvReader, type CsvRecord } from '../../../src/shared/import/csv-reader';
import { detectDateOrder, instantOf, parseStatementDate } from '../../../src/shared/import/dates';
import { ChunkDecoder, detectEncoding } from '../../../src/shared/import/decode';
import { detectDelimiter } from '../../../src/shared/import/read-statement';
import { fixtureBytes } from '../../support/import-fixtures';

describe('statement amounts', () => {
  it.each([
    ['1,234.56', '.', 123456],
    ['1.234,56', ',', 123456],
    ['(12.00)', '.', -1200],
    ['¥12.50', '.', 1250],
    ['￥-3.00', '.', -300],
    ['-0.00', '.', 0],
    ['12.00-', '.', -1200],
    ['12.00 DR', '.', -1200],
    ['12.00 CR', '.', 1200],
    ['12,5', ',', 1250],
  ] as const)('reads %s (decimal mark %s) as %i minor units', (cell, mark, minor) => {
    expect(parseStatementAmount(cell, 'CNY', mark)).toEqual({ ok: true, minor });
  });

  it('refuses what is not an amount', () => {
    expect(parseStatementAmount('abc', 'CNY', '.')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseStatementAmount('1.234', 'CNY', '.')).toEqual({
      ok: false,
      problem: 'too-many-decimals',
    });
  });

  it('detects the decimal mark from the column', () => {
    expect(detectDecimalMark(['1.234,56', '-45,90'])).toBe(',');
    expect(detectDecimalMark(['1,234.56', '-45.90'])).toBe('.');
    expect(detectDecimalMark(['12', '13'])).toBe('.');
  });
});

describe('statement dates', () => {
  const shanghai = (d: string) => Date.parse(`${d}+08:00`);
  const read = (cell: string, time = '', order: 'ymd' | 'dmy' | 'mdy' = 'dmy') => {
    const parsed = parseStatementDate(cell, time, order);
    return parsed.ok ? instantOf(parsed, 'Asia/Shanghai') : parsed.problem;
  };

  it.each([
    ['2025-03-04 12:30:00', '', '2025-03-04T12:30:00'],
    ['2025/3/4', '', '2025-03-04T00:00:00'],
    ['2025.03.04', '09:05', '2025-03-04T09:05:00'],
    ['2025年3月4日', '', '2025-03-04T00:00:00'],
    ['20250304', '', '2025-03-04T00:00:00'],
    ['04/03/2025', '', '2025-03-04T00:00:00'],
    ['2025-02-28T23:59:59+08:00', '', '2025-02-28T23:59:59'],
  ])('reads %s %s', (cell, time, expected) => {
    expect(read(cell, time)).toBe(shanghai(expected));
  });

  it('reads 04/03/2025 month first when asked', () => {
    expect(read('04/03/2025', '', 'mdy')).toBe(shanghai('2025-04-03T00:00:00'));
  });

  it('refuses dates and times that do not exist instead of rolling them over', () => {
    expect(read('2025-02-30')).toBe('no-such-date');
    expect(read('2024-02-29')).toBe(shanghai('2024-02-29T00:00:00'));
    expect(read('2025-13-01')).toBe('no-such-date');
    expect(read('2025-03-04 24:00')).toBe('no-such-time');
    expect(read('next tuesday')).toBe('unreadable');
  });

  it('keeps wall-clock times in zones with daylight saving', () => {
    const parsed = parseStatementDate('2025-07-01 12:00', '', 'ymd');
    if (!parsed.ok) throw new Error('readable');
    expect(instantOf(parsed, 'Europe/London')).toBe(Date.parse('2025-07-01T12:00:00+01:00'));
  });

  it('knows when day and month could be either way round', () => {
    expect(detectDateOrder(['04/03/2025', '05/03/2025'])).toEqual({
      order: 'dmy',
      ambiguous: true,
    });
    expect(detectDateOrder(['04/03/2025', '13/03/2025'])).toEqual({
      order: 'dmy',
      ambiguous: false,
    });
    expect(detectDateOrder(['03/13/2025'])).toEqual({ order: 'mdy', ambiguous: false });
    expect(detectDateOrder(['2025-03-04'])).toEqual({ order: 'ymd', ambiguous: false });
  });
});

describe('encodings', () => {
  it('detects GB18030 in Alipay’s export and UTF-8 with a BOM in WeChat’s', () => {
    expect(detectEncoding(fixtureBytes('alipay.gbk.csv'))).toBe('gb18030');
    expect(detectEncoding(fixtureBytes('wechat.csv'))).toBe('utf-8');
    expect(detectEncoding(new TextEncoder().encode('交易时间,金额'))).toBe('utf-8');
  });

  it('decodes a character cut between two chunks', () => {
    const bytes = fixtureBytes('alipay.gbk.csv');
    const decoder = new ChunkDecoder('gb18030');
    let text = '';
    for (let i = 0; i < bytes.length; i += 7) {
      text += decoder.decode(bytes.subarray(i, i + 7), i + 7 >= bytes.length);
    }
    expect(text).toBe(new TextDecoder('gb18030').decode(bytes));
    expect(text).toContain('老王面馆');
  });
});

describe('the CSV reader', () => {
  const read = (text: string, chunk: number, delimiter = ',') => {
    const records: CsvRecord[] = [];
    const reader = new CsvReader(delimiter);
    for (let i = 0; i < text.length; i += chunk) {
      reader.feed(text.slice(i, i + chunk), (r) => records.push(r));
    }
    const unclosed = reader.end((r) => records.push(r));
    return { records, unclosed };
  };

  it('gives the same records whatever the chunk size', () => {
    const text = 'a,"b ""q"", c"\r\n\r\n"multi\r\nline",x\r"",\n"end"';
    const whole = read(text, text.length);
    expect(whole.records).toEqual([
      { line: 1, cells: ['a', 'b "q", c'] },
      { line: 3, cells: ['multi\nline', 'x'] },
      { line: 5, cells: ['', ''] },
      { line: 6, cells: ['end'] },
    ]);
    for (const size of [1, 2, 3, 5]) expect(read(text, size)).toEqual(whole);
  });

  it('refuses a row with text after a closing quote and reads on at the next line', () => {
    const text = 'a,b\n"c"x,d\n"e",f\n';
    const whole = read(text, text.length);
    expect(whole.records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c"x,d'], badQuote: true },
      { line: 3, cells: ['e', 'f'] },
    ]);
    for (const size of [1, 2, 3, 5]) expect(read(text, size)).toEqual(whole);
  });

  it('reports a quote that never closes with its starting line', () => {
    expect(read('a,b\n"c,d\ne,f\n', 4).unclosed).toEqual({ line: 2 });
  });

  it('detects commas, tabs and semicolons', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a;b;c\n1,5;2;3\n')).toBe(';');
  });
});
