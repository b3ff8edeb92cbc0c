import { describe, expect, it } from 'vitest';
import { guessEncoding } from '../../../src/shared/import/decode';
import { guessDelimiter } from '../../../src/shared/import/detect-layout';
import { bytesSource, inspectStatement } from '../../../src/shared/import/read-statement';
import { fixtureBytes, readAll, utf8 } from '../../support/import-fixtures';

const sum = (rows: readonly { amount: number }[]) => rows.reduce((s, row) => s + row.amount, 0);

describe('a German bank CSV (Volksbank layout: Windows-1252, semicolons, S/H column)', () => {
  it('finds the table after the preamble and reads each amount by its unnamed S/H column', async () => {
    const read = await readAll(fixtureBytes('de-volksbank.cp1252.csv'), { currency: 'EUR' });
    expect(read.shape.encoding).toBe('windows-1252');
    expect(read.shape.delimiter).toBe(';');
    expect(read.shape.headerLine).toBe(11);
    expect(read.shape.settings.decimalMark).toBe(',');
    expect(read.shape.settings.columns).toMatchObject({
      date: 'Buchungstag',
      amount: 'Umsatz',
      direction: '#13',
      counterparty: 'Auftraggeber/Zahlungsempfänger',
    });
    expect(read.rejectedCount).toBe(0);
    expect(read.rows.map((row) => row.amount)).toEqual([-4520, -7800, 243177, -1995, 7800, -85000]);
    expect(read.rows[3]!.counterparty).toBe('Müller Drogeriemarkt');
  });

  it('takes the Anfangssaldo and Endsaldo lines as balances, not movements, and the Rückbuchung as a refund', async () => {
    const read = await readAll(fixtureBytes('de-volksbank.cp1252.csv'), { currency: 'EUR' });
    expect(read.skipped['balance-line']).toBe(2);
    expect(read.closingBalance?.amount).toBe(272075);
    expect(120413 + sum(read.rows)).toBe(read.closingBalance?.amount);
    expect(read.rows[4]).toMatchObject({ refund: true, counterparty: 'Stadtwerke Musterstadt' });
  });
});

describe('a German savings bank CSV (Sparkasse CSV-CAMT: signed Betrag, two-digit years)', () => {
  it('reads dd.mm.yy dates, signed comma amounts, and marks the STORNO as a refund', async () => {
    const read = await readAll(fixtureBytes('de-sparkasse.cp1252.csv'), { currency: 'EUR' });
    expect(read.shape.delimiter).toBe(';');
    expect(read.rows.map((row) => row.amount)).toEqual([12900, -2499, -12900, -6348, 312050]);
    expect(read.rows[0]).toMatchObject({ refund: true, counterparty: 'Elektro Mayer GmbH' });
    expect(new Date(read.rows[4]!.occurredAt).toISOString()).toBe('2026-10-31T16:00:00.000Z');
  });

  it('refuses rows in another currency than the account’s, naming it', async () => {
    const read = await readAll(fixtureBytes('de-sparkasse.cp1252.csv'), { currency: 'CNY' });
    expect(read.rows).toEqual([]);
    expect(read.rejections[0]).toMatchObject({ reason: 'currency-mismatch', detail: 'EUR' });
  });
});

describe('a Dutch bank CSV (ING: Af/Bij column, Saldo na mutatie)', () => {
  it('signs each amount by Af or Bij and takes the newest row’s balance as the closing one', async () => {
    const read = await readAll(fixtureBytes('nl-ing.csv'), { currency: 'EUR' });
    expect(read.shape.settings.columns.direction).toBe('Af Bij');
    expect(read.rows.map((row) => row.amount)).toEqual([-2345, -470, -11200, 3499, -3499, 254000]);
    expect(read.rows[3]).toMatchObject({ refund: true, counterparty: 'Bol.com B.V.' });
    expect(read.closingBalance?.amount).toBe(295630);
  });
});

describe('UK bank CSVs', () => {
  it('reads Nationwide’s preamble, £ amounts in Windows-1252, Paid out/Paid in and the running balance', async () => {
    const read = await readAll(fixtureBytes('uk-nationwide.cp1252.csv'), { currency: 'GBP' });
    expect(read.shape.encoding).toBe('windows-1252');
    expect(read.shape.headerLine).toBe(5);
    expect(read.rows.map((row) => row.amount)).toEqual([240000, -14500, -3255, 75000, -5200]);
    expect(read.closingBalance?.amount).toBe(365429);
  });

  it('reads Lloyds’ newest-first rows and the balance after the latest one', async () => {
    const read = await readAll(fixtureBytes('uk-lloyds.csv'), { currency: 'GBP' });
    expect(read.shape.settings.columns).toMatchObject({
      debit: 'Debit Amount',
      credit: 'Credit Amount',
      balance: 'Balance',
    });
    expect(read.rows.map((row) => row.amount)).toEqual([-2345, -6400, 40000, -1899]);
    expect(read.closingBalance?.amount).toBe(151023);
  });

  it('reads a file without a header row by what its columns hold', async () => {
    const read = await readAll(fixtureBytes('uk-headerless.csv'), { currency: 'GBP' });
    expect(read.shape.hasHeader).toBe(false);
    expect(read.shape.settings.columns).toMatchObject({ date: '#1', amount: '#3' });
    expect(read.rows.map((row) => row.amount)).toEqual([-2345, -680, 240000, -1260]);
  });

  it('finds a running balance column by how it moves, whatever it is called', async () => {
    const text = [
      'Datum,Text,Betrag,Stand',
      '01/11/2026,Lohn,"1,000.00","1,500.00"',
      '02/11/2026,Miete,-700.00,800.00',
      '03/11/2026,Kaffee,-3.50,796.50',
    ].join('\n');
    const read = await readAll(utf8(text), { currency: 'EUR' });
    expect(read.shape.settings.columns.balance).toBe('Stand');
    expect(read.closingBalance?.amount).toBe(79650);
  });
});

describe('detection by scoring the whole head', () => {
  it('prefers semicolons over the commas inside comma-decimal amounts', () => {
    const text = ['Datum;Text;Betrag', '01.11.2026;REWE;-12,50', '02.11.2026;Lohn;1.000,00'].join(
      '\n',
    );
    expect(guessDelimiter(text)).toEqual({ delimiter: ';', ambiguous: false });
  });

  it('asks when two separators read the file equally well', () => {
    const text = ['a;b,c', '1;2,3', '4;5,6'].join('\n');
    expect(guessDelimiter(text).ambiguous).toBe(true);
  });

  it('tells Windows-1252 umlauts from GB18030 characters', () => {
    const latin = new Uint8Array([
      ...utf8('Empf'),
      0xe4,
      ...utf8('nger;Stra'),
      0xdf,
      ...utf8('e;M'),
      0xfc,
      ...utf8('ller'),
    ]);
    expect(guessEncoding(latin).encoding).toBe('windows-1252');
    expect(guessEncoding(fixtureBytes('alipay.gbk.csv')).encoding).toBe('gb18030');
  });

  it('lets the person choose the separator, the encoding and the header row, and reads again', async () => {
    const bytes = fixtureBytes('de-volksbank.cp1252.csv');
    const chosen = await inspectStatement(bytesSource(bytes), [], {
      encoding: 'windows-1252',
      delimiter: ';',
      headerLine: 11,
    });
    expect(chosen.ok && chosen.shape.header[2]).toBe('Auftraggeber/Zahlungsempfänger');
    const asGbk = await inspectStatement(bytesSource(bytes), [], { encoding: 'gb18030' });
    expect(asGbk.ok && asGbk.shape.header[2]).not.toBe('Auftraggeber/Zahlungsempfänger');
  });
});

describe('refunds the payment’s own status states (WeChat Pay)', () => {
  const wechat = (rows: string[]) =>
    utf8(
      [
        '微信支付账单明细',
        '----------------------微信支付账单明细列表--------------------,,,,,,,,',
        '交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注',
        ...rows,
      ].join('\n'),
    );

  it('nets a fully refunded purchase whose refund is not in the file', async () => {
    const read = await readAll(
      wechat([
        '2026-11-03 12:00:00,商户消费,"海底捞","火锅",支出,¥80.00,零钱,已全额退款,42001,HDL1,"/"',
      ]),
    );
    expect(read.rows.map((row) => row.amount)).toEqual([-8000, 8000]);
    expect(read.rows[1]).toMatchObject({ refund: true, refundOf: '42001' });
  });

  it('nets a partly refunded purchase by the amount its status names', async () => {
    const read = await readAll(
      wechat([
        '2026-11-03 12:00:00,商户消费,"盒马","生鲜",支出,¥120.00,零钱,已退款(￥20.00),42002,HM2,"/"',
      ]),
    );
    expect(sum(read.rows)).toBe(-10000);
  });

  it('does not count the refund twice when the file lists it on its own line', async () => {
    const read = await readAll(
      wechat([
        '2026-11-04 12:00:00,商户消费,"美团","外卖订单",支出,¥45.00,零钱,已全额退款,42003,MT3,"/"',
        '2026-11-04 14:30:00,美团-退款,"美团","/",收入,¥45.00,零钱,已全额退款,50303,MT3,"/"',
      ]),
    );
    expect(read.rows.map((row) => row.amount)).toEqual([-4500, 4500]);
  });
});
