import { describe, expect, it } from 'vitest';
import { bytesSource, inspectStatement } from '../../../src/shared/import/read-statement';
import { fixtureBytes, readAll, utf8 } from '../../support/import-fixtures';

const at = (text: string) => Date.parse(`${text}+08:00`);

describe('the Alipay profile (current layout, GBK)', () => {
  it('finds the header after the preamble, skips closed and not-counted rows, and marks the refund', async () => {
    const { shape, rows, rejectedCount, skipped } = await readAll(fixtureBytes('alipay.gbk.csv'));
    expect(shape.encoding).toBe('gb18030');
    expect(shape.detectedProfile).toBe('alipay');
    expect(shape.headerLine).toBe(19);
    expect(rejectedCount).toBe(0);
    expect(skipped).toEqual({ closed: 1, 'not-counted': 1, zero: 0, 'balance-line': 0 });
    expect(rows.map((row) => row.amount)).toEqual([
      -2800, -400, -3650, 300000, -4680, 4680, -5000, -1200,
    ]);
    expect(rows[0]).toMatchObject({
      line: 20,
      occurredAt: at('2026-10-03T12:31:05'),
      counterparty: '老王面馆',
      memo: '牛肉面',
      category: '餐饮美食',
      reference: '2026100322001411230512345678',
      merchantRef: 'T2026100312310001',
    });
    expect(rows[5]).toMatchObject({ refund: true, counterparty: '京东商城' });
    expect(rows[6]).toMatchObject({ contact: true, counterparty: '李四' });
  });
});

describe('the Alipay profile (older layout, GBK)', () => {
  it('reads padded cells, stops at the trailing summary and turns 成功退款 into a paired refund', async () => {
    const { shape, rows, rejectedCount, skipped } = await readAll(
      fixtureBytes('alipay-legacy.gbk.csv'),
    );
    expect(shape.detectedProfile).toBe('alipay-legacy');
    expect(rejectedCount).toBe(0);
    expect(skipped.closed).toBe(1);
    expect(rows.map((row) => row.amount)).toEqual([-2500, -12000, 2000, 50000, -1550]);
    expect(rows[0]).toMatchObject({
      occurredAt: at('2019-03-04T12:30:00'),
      counterparty: '老王面馆',
      reference: '2019030422001411230512340001',
    });
    expect(rows[2]).toMatchObject({
      refund: true,
      refundOf: '2019030722001411230512340002',
    });
  });
});

describe('the WeChat Pay profile (UTF-8 with a BOM)', () => {
  it('skips the 16-line preamble and neutral and returned rows, reads ¥ amounts and marks refunds and contacts', async () => {
    const { shape, rows, skipped, rejectedCount } = await readAll(fixtureBytes('wechat.csv'));
    expect(shape.encoding).toBe('utf-8');
    expect(shape.detectedProfile).toBe('wechat');
    expect(shape.headerLine).toBe(17);
    expect(rejectedCount).toBe(0);
    expect(skipped).toEqual({ closed: 1, 'not-counted': 1, zero: 0, 'balance-line': 0 });
    expect(rows.map((row) => row.amount)).toEqual([-1250, -4500, 4500, 2500, -2100, -2500]);
    expect(rows[0]).toMatchObject({
      counterparty: '瑞幸咖啡',
      memo: '生椰拿铁',
      reference: '4200002345202610021234567890',
    });
    expect(rows[0]!.memo).not.toContain('\t');
    expect(rows[2]).toMatchObject({ refund: true, merchantRef: 'MT20261004120000' });
    expect(rows[3]).toMatchObject({ contact: true, counterparty: '李四' });
    expect(rows[1]!.refund).toBeUndefined();
  });
});

describe('generic bank statements', () => {
  it('reads a GBK bank export with compact dates, a time column, parentheses and ¥ signs, and skips -0.00', async () => {
    const { shape, rows, skipped } = await readAll(fixtureBytes('bank-cn.gbk.csv'));
    expect(shape.detectedProfile).toBe('generic');
    expect(shape.settings.columns).toMatchObject({
      date: '交易日期',
      time: '交易时间',
      amount: '交易金额',
      currency: '币种',
      counterparty: '对方户名',
      memo: '摘要',
      reference: '流水号',
    });
    expect(rows.map((row) => row.amount)).toEqual([-12800, -3600, 850000, -26050]);
    expect(rows[0]!.occurredAt).toBe(at('2026-10-01T09:15:00'));
    expect(skipped.zero).toBe(1);
  });

  it('reads separate debit and credit columns, day first because 13/10/2026 says so', async () => {
    const { shape, rows } = await readAll(fixtureBytes('bank-debit-credit.csv'), {
      currency: 'GBP',
    });
    expect(shape.settings.columns).toMatchObject({ debit: 'Debit', credit: 'Credit' });
    expect(shape.settings.columns.amount).toBeUndefined();
    expect(shape.dateOrderAmbiguous).toBe(false);
    expect(shape.settings.dateOrder).toBe('dmy');
    expect(rows.map((row) => row.amount)).toEqual([-1240, 125000, -280, -1599]);
    expect(rows[0]!.occurredAt).toBe(at('2026-10-04T00:00:00'));
  });

  it('asks when every date reads both ways, and reads month first when told to', async () => {
    const file = utf8('Date,Payee,Amount\n04/03/2025,Cafe,-3.50\n05/03/2025,Shop,-1.00\n');
    const day = await readAll(file, { currency: 'USD' });
    expect(day.shape.dateOrderAmbiguous).toBe(true);
    expect(day.rows[0]!.occurredAt).toBe(at('2025-03-04T00:00:00'));
    const month = await readAll(file, { currency: 'USD', settings: { dateOrder: 'mdy' } });
    expect(month.rows[0]!.occurredAt).toBe(at('2025-04-03T00:00:00'));
  });

  it('rejects 13/10/2026 read month first as a date that does not exist', async () => {
    const { rows, rejections } = await readAll(fixtureBytes('bank-debit-credit.csv'), {
      currency: 'GBP',
      settings: { dateOrder: 'mdy' },
    });
    expect(rows[0]!.occurredAt).toBe(at('2026-04-10T00:00:00'));
    expect(rejections).toEqual([
      { line: 4, reason: 'no-such-date', detail: '13/10/2026' },
      { line: 5, reason: 'no-such-date', detail: '21/10/2026' },
    ]);
  });

  it('detects semicolons and decimal commas such as 1.234,56', async () => {
    const { shape, rows } = await readAll(fixtureBytes('bank-comma-decimal.csv'), {
      currency: 'EUR',
      settings: {
        profile: 'generic',
        columns: {
          date: 'Buchungstag',
          amount: 'Betrag',
          counterparty: 'Empfänger',
          memo: 'Verwendungszweck',
          currency: 'Währung',
        },
      },
    });
    expect(shape.delimiter).toBe(';');
    expect(rows.map((row) => row.amount)).toEqual([-123456, -4590, 250000]);
  });
});

describe('saved mappings', () => {
  it('reads a file with the mapping saved for its header instead of the guess', async () => {
    const bytes = fixtureBytes('bank-comma-decimal.csv');
    const settings = {
      profile: 'generic' as const,
      columns: { date: 'Buchungstag', amount: 'Betrag', counterparty: 'Empfänger' },
      dateOrder: 'dmy' as const,
      decimalMark: ',' as const,
    };
    const first = await inspectStatement(bytesSource(bytes));
    if (!first.ok) throw new Error('inspectable');
    expect(first.shape.fromSavedMapping).toBe(false);
    const saved = [{ signature: first.shape.signature, settings, updatedAt: 0 }];
    const again = await inspectStatement(bytesSource(bytes), saved);
    if (!again.ok) throw new Error('inspectable');
    expect(again.shape.fromSavedMapping).toBe(true);
    expect(again.shape.settings).toEqual(settings);
    const other = await inspectStatement(bytesSource(fixtureBytes('wechat.csv')), saved);
    expect(other.ok && other.shape.fromSavedMapping).toBe(false);
  });
});
