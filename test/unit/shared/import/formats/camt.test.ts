import { describe, expect, it } from 'vitest';
import { fixtureText, problemOf, readOk } from '../../../../support/structured-fixtures';

const eur = { currency: 'EUR', timeZone: 'Europe/Berlin' } as const;
const chf = { currency: 'CHF', timeZone: 'Asia/Shanghai' } as const;
const berlin = (day: string) => Date.parse(`${day}T00:00:00+01:00`);

/** A camt.053.001.02 statement around the given entries. */
function statement(entries: string, { ccy = 'EUR', iban = 'DE89370400440532013000' } = {}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>1</MsgId><CreDtTm>2024-02-01T06:00:00</CreDtTm></GrpHdr>
<Stmt><Id>1</Id><CreDtTm>2024-02-01T06:00:00</CreDtTm>
<Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>${ccy}</Ccy></Acct>${entries}</Stmt>
</BkToCstmrStmt></Document>`;
}

const entry = (inner: string) => `<Ntry>${inner}</Ntry>`;

describe('reading CAMT', () => {
  it('reads a camt.053.001.02 statement: signs, counterparties, memos and bank references', async () => {
    const read = await readOk('camt.053.001.02-dk-reversal.xml', eur);
    expect(read).toMatchObject({ format: 'camt', version: 'camt.053.001.02', currency: 'EUR' });
    expect(
      read.rows.map((row) => [
        row.line,
        row.occurredAt,
        row.amount,
        row.counterparty,
        row.reference,
      ]),
    ).toEqual([
      [1, berlin('2024-01-02'), -75000, 'Hausverwaltung Sonnenhof', '2024010200017'],
      [2, berlin('2024-01-03'), -8990, 'Buchhandlung am Markt', '2024010300123'],
      [3, berlin('2024-01-10'), -12000, 'Stadtwerke Musterstadt', '2024011000044'],
      [4, berlin('2024-01-12'), 12000, 'Stadtwerke Musterstadt', '2024011200009'],
      // Money in: the debtor is the counterparty.
      [5, berlin('2024-01-15'), 245000, 'Beispiel GmbH', '2024011500271'],
      [6, berlin('2024-01-20'), -4000, 'Sportfreunde Musterstadt e.V.', '2024012000301/1'],
      [6, berlin('2024-01-20'), -2430, 'Musikschule Klangwerk', '2024012000301/2'],
    ]);
    expect(read.rows[1]!.memo).toBe('Kartenzahlung 02.01. 18:44');
  });

  it('marks a reversal as a refund that names the direct debit it reverses', async () => {
    const read = await readOk('camt.053.001.02-dk-reversal.xml', eur);
    const [debit, reversal] = [read.rows[2]!, read.rows[3]!];
    expect(reversal).toMatchObject({ refund: true, merchantRef: 'SW-ABSCHLAG-0124' });
    expect(debit.merchantRef).toBe('SW-ABSCHLAG-0124');
    expect(debit.refund).toBeUndefined();
  });

  it('leaves pending entries out and counts them', async () => {
    const read = await readOk('camt.053.001.02-dk-reversal.xml', eur);
    expect(read.pending).toBe(1);
    expect(read.rows.some((row) => row.counterparty === 'Tankstelle Nord')).toBe(false);
  });

  it('states the closing booked balance, not the opening one, at the end of its day', async () => {
    const read = await readOk('camt.053.001.02-dk-reversal.xml', eur);
    expect(read.closingBalance).toEqual({
      amount: 304580,
      at: Date.parse('2024-01-31T23:59:59+01:00'),
    });
    const total = read.rows.reduce((sum, row) => sum + row.amount, 0);
    // The opening balance plus the booked entries is the closing balance.
    expect(150000 + total).toBe(304580);
  });

  it('reads camt.053.001.08: coded status, Pty names, date-times and a batch with amounts', async () => {
    const read = await readOk('camt.053.001.08-sps-chf.xml', chf);
    expect(read).toMatchObject({ version: 'camt.053.001.08', currency: 'CHF', pending: 1 });
    expect(read.rows.map((row) => [row.amount, row.counterparty, row.reference])).toEqual([
      [-185000, 'Immobilien Seeblick AG', 'ZKB-240301-000417'],
      [620000, 'Muster Informatik AG', 'ZKB-240325-001209'],
      [-12000, 'Krankenkasse Alpina', 'ZKB-240328-002871-1'],
      [-15000, 'Elektrizitaetswerk Seetal', 'ZKB-240328-002871-2'],
      [-4240, 'Bibliothek Seetal', 'ZKB-240328-002871-3'],
      [-4560, 'Caffe Centrale Como', 'ZKB-240330-000088'],
    ]);
    // 23:30 in Zurich is already the next morning in Shanghai.
    expect(read.rows[2]!.occurredAt).toBe(Date.parse('2024-03-28T23:30:00+01:00'));
    expect(read.closingBalance?.amount).toBe(481250);
  });

  it('reads a camt.052 intraday report with its booked entries only', async () => {
    const read = await readOk('camt.052.001.02-intraday.052', eur);
    expect(read).toMatchObject({ version: 'camt.052.001.02', pending: 1 });
    expect(read.rows).toEqual([
      expect.objectContaining({ amount: -4000, memo: 'BARGELDAUSZAHLUNG', line: 1 }),
    ]);
    // An interim balance is not a closing one.
    expect(read.closingBalance).toBeUndefined();
  });

  it('keeps a batch as one row when its details do not give amounts that add up', async () => {
    const read = await readOk(
      statement(
        entry(
          '<Amt Ccy="EUR">50.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>' +
            '<BookgDt><Dt>2024-01-05</Dt></BookgDt><AcctSvcrRef>R1</AcctSvcrRef><NtryDtls>' +
            '<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">20.00</Amt></TxAmt></AmtDtls></TxDtls>' +
            '<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">20.00</Amt></TxAmt></AmtDtls></TxDtls>' +
            '</NtryDtls><AddtlNtryInf>SAMMLER</AddtlNtryInf>',
        ),
      ),
      eur,
    );
    expect(read.rows).toEqual([
      expect.objectContaining({ amount: -5000, reference: 'R1', memo: 'SAMMLER' }),
    ]);
  });

  it('signs a closing balance by its indicator: DBIT is an overdraft', async () => {
    const text = fixtureText('camt.053.001.02-dk-reversal.xml').replace(
      '<Amt Ccy="EUR">3045.80</Amt>\n        <CdtDbtInd>CRDT</CdtDbtInd>',
      '<Amt Ccy="EUR">3045.80</Amt>\n        <CdtDbtInd>DBIT</CdtDbtInd>',
    );
    expect((await readOk(text, eur)).closingBalance?.amount).toBe(-304580);
  });

  it('lists an entry without a date, an amount or a direction by its entry number', async () => {
    const read = await readOk(
      statement(
        entry('<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>') +
          entry(
            '<Amt Ccy="EUR"></Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-01-05</Dt></BookgDt>',
          ) +
          entry(
            '<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>XXXX</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-01-05</Dt></BookgDt>',
          ) +
          entry(
            '<Amt Ccy="EUR">2.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><ValDt><Dt>2024-01-06</Dt></ValDt>',
          ),
      ),
      eur,
    );
    expect(read.rejections).toEqual([
      { line: 1, reason: 'missing-date' },
      { line: 2, reason: 'missing-amount' },
      { line: 3, reason: 'bad-direction', detail: 'XXXX' },
    ]);
    // Without a booking date, the value date.
    expect(read.rows).toEqual([
      expect.objectContaining({ line: 4, occurredAt: berlin('2024-01-06') }),
    ]);
  });

  it('refuses entries or an account in another currency, naming both and converting nothing', async () => {
    expect(await problemOf(fixtureText('camt.053.001.08-sps-chf.xml'), eur)).toEqual({
      code: 'wrong-currency',
      found: 'CHF',
      expected: 'EUR',
    });
    const usdEntry = statement(
      entry(
        '<Amt Ccy="USD">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-01-05</Dt></BookgDt>',
      ),
    );
    expect(await problemOf(usdEntry, eur)).toEqual({
      code: 'wrong-currency',
      found: 'USD',
      expected: 'EUR',
    });
  });

  it('refuses XML that does not parse, with the line it breaks at, and reads nothing', async () => {
    const text = fixtureText('camt.053.001.02-dk-reversal.xml').replace(
      '<AcctSvcrRef>2024010300123</AcctSvcrRef>',
      '<AcctSvcrRef>2024010300123</AcctSvcRef>',
    );
    expect(await problemOf(text, eur)).toEqual({ code: 'xml-invalid', format: 'camt', line: 130 });
  });

  it('refuses statements of two accounts, and a notification that is no statement', async () => {
    const one = statement(
      entry(
        '<Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-01-05</Dt></BookgDt>',
      ),
    );
    const second = one
      .match(/<Stmt>[\s\S]*<\/Stmt>/)![0]
      .replace('DE89370400440532013000', 'DE02120300000000202051');
    const two = one.replace('</Stmt>', `</Stmt>${second}`);
    expect(await problemOf(two, eur)).toEqual({
      code: 'several-accounts',
      format: 'camt',
      count: 2,
    });
    expect(await problemOf(statement(''), eur)).toEqual({ code: 'no-entries', format: 'camt' });
    const report =
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr/></BkToCstmrStmt></Document>';
    expect(await problemOf(report, eur)).toEqual({ code: 'no-statement', format: 'camt' });
  });
});
