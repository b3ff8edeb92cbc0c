import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportSaved } from '../../../src/shared/exports';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import { MemoryFileSink } from '../../support/memory-file-sink';

let fx: GatewayFixture;
let sink: MemoryFileSink;

beforeEach(async () => {
  sink = new MemoryFileSink();
  fx = await freshGateway({ files: sink });
});
afterEach(() => fx.close());

const rows = [
  ['Report for November 2026'],
  [],
  ['Income', 'CN¥12,000.00'],
  ['分类', '本月'],
  ['say "hi"', 'a\nb'],
  ['=HYPERLINK("x")', '-¥5.50', '+1', '@cmd', '-12.50'],
];

describe('reports.saveCsv', () => {
  it('saves the report through the save dialog under a name main makes, as RFC 4180 CSV with a BOM', async () => {
    const saved = ok<ReportSaved>(
      await fx.gateway.call('reports.saveCsv', { month: '2026-11', rows }),
    );
    expect(saved).toEqual({ saved: true });
    expect(sink.files).toHaveLength(1);
    expect(sink.files[0]).toMatchObject({
      request: { kind: 'report', suggestedName: 'purse-report-2026-11.csv' },
      state: 'finished',
    });
    expect(sink.text()).toBe(
      '\uFEFFReport for November 2026\r\n' +
        '\r\n' +
        'Income,"CN¥12,000.00"\r\n' +
        '分类,本月\r\n' +
        '"say ""hi""","a\nb"\r\n' +
        `"'=HYPERLINK(""x"")",'-¥5.50,'+1,'@cmd,-12.50\r\n`,
    );
  });

  it('writes nothing when the person closes the dialog', async () => {
    sink.answer = 'close';
    expect(ok(await fx.gateway.call('reports.saveCsv', { month: '2026-11', rows }))).toEqual({
      saved: false,
    });
    expect(sink.files).toHaveLength(0);
  });

  it('removes a half-written file when the disk fails', async () => {
    sink.failOnWrite = 1;
    const result = await fx.gateway.call('reports.saveCsv', { month: '2026-11', rows });
    expect(result.ok).toBe(false);
    expect(sink.files[0]?.state).toBe('aborted');
  });

  it('refuses a malformed month, oversized rows and a file name from the page, and saves nothing', async () => {
    for (const input of [
      { month: '2026-13', rows },
      { month: '2026-11', rows: [['x'.repeat(401)]] },
      { month: '2026-11', rows: Array.from({ length: 2001 }, () => ['x']) },
      { month: '2026-11', rows, fileName: '/etc/passwd' },
    ]) {
      expect(await fx.gateway.call('reports.saveCsv', input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(sink.files).toHaveLength(0);
  });
});
