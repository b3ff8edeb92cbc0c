import { describe, expect, it } from 'vitest';
import {
  bytesSource,
  inspectStatement,
  readStatement,
} from '../../../src/shared/import/read-statement';
import { readAll, utf8 } from '../../support/import-fixtures';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function problemOf(bytes: Uint8Array) {
  const inspected = await inspectStatement(bytesSource(bytes));
  return inspected.ok ? null : inspected.problem;
}

describe('files that cannot be imported at all', () => {
  it('says an empty file is empty', async () => {
    expect(await problemOf(new Uint8Array())).toEqual({ code: 'empty' });
    expect(await problemOf(utf8('\uFEFF \r\n\r\n'))).toEqual({ code: 'empty' });
  });

  it('says a header without rows has nothing to import', async () => {
    expect(await problemOf(utf8('Date,Payee,Amount\r\n'))).toEqual({ code: 'header-only' });
  });

  it('recognises a PNG, a zip (an .xlsx workbook) and other binary files as not CSV', async () => {
    expect(await problemOf(PNG)).toEqual({ code: 'not-csv', kind: 'png' });
    expect(await problemOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toEqual({
      code: 'not-csv',
      kind: 'zip',
    });
    expect(await problemOf(new Uint8Array([65, 66, 0, 67]))).toEqual({
      code: 'not-csv',
      kind: 'binary',
    });
  });

  it('says plain prose has no header row', async () => {
    expect(await problemOf(utf8('Dear customer,\nthank you for banking with us.\n'))).toEqual({
      code: 'no-header',
    });
  });

  it('refuses a mapping without a date or an amount column', async () => {
    const bytes = utf8('Date,Payee,Amount\n2025-03-04,Cafe,-3.50\n');
    const inspected = await inspectStatement(bytesSource(bytes));
    if (!inspected.ok) throw new Error('inspectable');
    const { shape } = inspected;
    const options = { currency: 'CNY', timeZone: 'Asia/Shanghai' } as const;
    const noAmount = await readStatement(
      bytesSource(bytes),
      shape,
      { ...shape.settings, columns: { date: 'Date' } },
      options,
    );
    expect(noAmount).toEqual({ ok: false, problem: { code: 'missing-column', role: 'amount' } });
    const gone = await readStatement(
      bytesSource(bytes),
      shape,
      { ...shape.settings, columns: { date: 'Date', amount: 'Betrag' } },
      options,
    );
    expect(gone).toEqual({
      ok: false,
      problem: { code: 'missing-column', role: 'amount', column: 'Betrag' },
    });
  });
});

describe('rows that are rejected, each with its line number', () => {
  it('reports ragged rows, impossible dates and unreadable amounts, and keeps the good rows', async () => {
    const file = [
      'Date,Payee,Amount',
      '2025-02-28,Cafe,-3.50',
      '2025-02-30,Cafe,-3.50',
      '2025-03-01,Cafe',
      '2025-03-01,Cafe,-3.50,extra',
      '2025-03-02,Shop,abc',
      '2025-03-03,Shop,1.234',
      'yesterday,Shop,-1.00',
      '2025-03-04 25:00,Shop,-1.00',
      ',Shop,-1.00',
      '2025-03-05,Shop,',
      '2025-03-06,Shop,"-2.00"',
    ].join('\n');
    const { rows, rejections, rejectedCount } = await readAll(utf8(file));
    expect(rows.map((row) => row.line)).toEqual([2, 12]);
    expect(rejectedCount).toBe(9);
    expect(rejections).toEqual([
      { line: 3, reason: 'no-such-date', detail: '2025-02-30' },
      { line: 4, reason: 'ragged', detail: '2/3' },
      { line: 5, reason: 'ragged', detail: '4/3' },
      { line: 6, reason: 'bad-amount', detail: 'abc' },
      { line: 7, reason: 'too-many-decimals', detail: '1.234' },
      { line: 8, reason: 'bad-date', detail: 'yesterday' },
      { line: 9, reason: 'bad-date', detail: '2025-03-04 25:00' },
      { line: 10, reason: 'missing-date' },
      { line: 11, reason: 'missing-amount' },
    ]);
  });

  it('reports an unbalanced quote at the line where it opens', async () => {
    const file =
      'Date,Payee,Amount\n2025-03-01,Cafe,-1.00\n2025-03-02,"Shop,-2.00\n2025-03-03,Bar,-3.00\n';
    const { rows, rejections } = await readAll(utf8(file));
    expect(rows.map((row) => row.line)).toEqual([2]);
    expect(rejections).toEqual([{ line: 3, reason: 'unbalanced-quote' }]);
  });

  it('reports text after a closing quote and reads the rows after it', async () => {
    const { rows, rejections } = await readAll(
      utf8('Date,Payee,Amount\n2025-03-01,"Cafe"x,-1.00\n2025-03-02,"Bar",-3.00\n'),
    );
    expect(rejections).toEqual([{ line: 2, reason: 'bad-quote' }]);
    expect(rows).toMatchObject([{ line: 3, counterparty: 'Bar', amount: -300 }]);
  });

  it('counts lines inside quoted cells that span lines', async () => {
    const file = 'Date,Payee,Amount\n2025-03-01,"Two\nlines",-1.00\n2025-02-30,Bar,-3.00\n';
    const { rows, rejections } = await readAll(utf8(file));
    expect(rows[0]).toMatchObject({ line: 2, counterparty: 'Two lines' });
    expect(rejections).toEqual([{ line: 4, reason: 'no-such-date', detail: '2025-02-30' }]);
  });

  it('reads through a stray BOM in front of the header or a later line', async () => {
    const file = '\uFEFF\uFEFFDate,Payee,Amount\r\n\uFEFF2025-03-01,Cafe,¥-0.50\r\n';
    const { rows, rejectedCount } = await readAll(utf8(file));
    expect(rejectedCount).toBe(0);
    expect(rows).toMatchObject([{ line: 2, amount: -50, counterparty: 'Cafe' }]);
  });
});

describe('large files', () => {
  it('reads a 50 MB export in chunks, reporting progress up to the end', async () => {
    const row = (i: number) =>
      `2025-03-${String((i % 28) + 1).padStart(2, '0')} 12:${String(i % 60).padStart(2, '0')}:00,Merchant ${i % 500},-${(i % 9000) + 1}.25,Memo text that makes this line about as long as a line of a real Alipay export for order ${i} ${'x'.repeat(40)}\n`;
    const lines: string[] = ['Date,Payee,Amount,Memo\n'];
    let size = 0;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const line = row(i);
      lines.push(line);
      size += line.length;
    }
    const bytes = utf8(lines.join(''));
    lines.length = 0;
    const inspected = await inspectStatement(bytesSource(bytes));
    if (!inspected.ok) throw new Error('inspectable');
    const progress: number[] = [];
    const result = await readStatement(
      bytesSource(bytes),
      inspected.shape,
      inspected.shape.settings,
      {
        currency: 'CNY',
        timeZone: 'Asia/Shanghai',
        onProgress: (fraction) => progress.push(fraction),
      },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(result.read.rejectedCount).toBe(0);
    expect(result.read.rows.length).toBeGreaterThan(250_000);
    expect(progress.length).toBeGreaterThanOrEqual(50);
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  }, 120_000);

  it('refuses a file above the size limit without reading it', async () => {
    const huge = { size: 300 * 1024 * 1024, read: () => Promise.reject(new Error('read')) };
    expect(await inspectStatement(huge)).toEqual({ ok: false, problem: { code: 'too-large' } });
  });
});
