import { describe, expect, it } from 'vitest';
import { fixtureText, problemOf, readOk } from '../../../../support/structured-fixtures';

const usd = { currency: 'USD', timeZone: 'Asia/Shanghai' } as const;

/** A minimal OFX 1.x bank statement around the given transactions. */
function sgml(transactions: string, { curdef = 'USD', ledger = '' } = {}): string {
  return [
    'OFXHEADER:100',
    'DATA:OFXSGML',
    'VERSION:102',
    '',
    '<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STMTRS>',
    `<CURDEF>${curdef}<BANKACCTFROM><BANKID>1<ACCTID>2<ACCTTYPE>CHECKING</BANKACCTFROM>`,
    `<BANKTRANLIST><DTSTART>20240101<DTEND>20240131${transactions}</BANKTRANLIST>`,
    `${ledger}</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`,
  ].join('\n');
}

const trn = (fields: string) => `<STMTTRN><TRNTYPE>DEBIT${fields}</STMTTRN>`;

describe('reading OFX', () => {
  it('reads an OFX 1.x statement whose leaf tags are never closed', async () => {
    const read = await readOk('ofx-1.0.2-credit-card.ofx', usd);
    expect(read).toMatchObject({
      format: 'ofx',
      version: '1.0.2',
      statement: 'credit-card',
      currency: 'USD',
      rejectedCount: 0,
      pending: 0,
    });
    expect(read.rows.map((row) => [row.line, row.amount, row.counterparty, row.reference])).toEqual(
      [
        [1, -4520, 'CORNER GROCERY #12', '2024010500001'],
        [2, -1875, 'BEAN & LEAF CAFE', '2024011200002'],
        [3, 30000, 'PAYMENT - THANK YOU', '2024011500003'],
        [4, -6200, 'CITY GAS & ELECTRIC', '2024012000004'],
        [5, 1250, 'CORNER GROCERY #12', '2024012200005'],
        [6, -200, 'FOREIGN TRANSACTION FEE', '2024013100006'],
      ],
    );
    expect(read.rows[0]!.memo).toBe('Groceries');
  });

  it('keeps each transaction at the instant its offset names, and a bare date at local midnight', async () => {
    const read = await readOk('ofx-1.0.2-credit-card.ofx', usd);
    const when = read.rows.map((row) => new Date(row.occurredAt).toISOString());
    // 12:00 EST is 17:00 UTC; 19:30 PST on the 20th is already the 21st in Shanghai.
    expect(when[0]).toBe('2024-01-05T17:00:00.000Z');
    expect(when[3]).toBe('2024-01-21T03:30:00.000Z');
    // 20240112 is midnight of 12 January in Shanghai.
    expect(when[1]).toBe('2024-01-11T16:00:00.000Z');
  });

  it('states the LEDGERBAL as the balance after the last transaction, negative when the card is owed', async () => {
    const read = await readOk('ofx-1.0.2-credit-card.ofx', usd);
    expect(read.closingBalance).toEqual({
      amount: -11545,
      at: Date.parse('2024-01-31T23:59:59-05:00'),
    });
  });

  it('reads an OFX 2.x XML bank statement through the XML parser', async () => {
    const read = await readOk('ofx-2.1.1-bank.ofx', usd);
    expect(read).toMatchObject({ version: '2.1.1', statement: 'bank', currency: 'USD' });
    expect(read.rows.map((row) => [row.amount, row.counterparty, row.reference])).toEqual([
      [-20000, 'Check 1000', '00002'],
      [-2345, 'Main Street Books', '00004'],
      // NAME inside a PAYEE aggregate.
      [250000, 'Example Corp Payroll', '00005'],
      [-30000, 'ATM withdrawal', '00003'],
      // ORIGCURRENCY: the amount was converted to USD already.
      [-5410, 'Hotel Europa', '00006'],
      [123, 'Interest paid', '00007'],
    ]);
    expect(read.rows[5]!.category).toBe('interest');
    expect(read.closingBalance).toEqual({
      amount: 292368,
      at: Date.parse('2024-02-29T17:00:00-05:00'),
    });
  });

  it('reads a Web Connect QFX whose leaves are sometimes closed, leaving a hold out', async () => {
    const read = await readOk('qfx-web-connect-savings.qfx', usd);
    expect(read.rows.map((row) => [row.line, row.amount, row.reference])).toEqual([
      [1, 50000, 'SV20240301A'],
      [3, -500, 'SV20240305B'],
    ]);
    expect(read.pending).toBe(1);
    // A date alone is the end of that day for a balance: after that day's transactions.
    expect(read.closingBalance).toEqual({
      amount: 149500,
      at: Date.parse('2024-03-05T23:59:59+08:00'),
    });
  });

  it('reads amounts with a comma as decimal mark, and decodes entities in names', async () => {
    const read = await readOk(
      sgml(trn('<DTPOSTED>20240103<TRNAMT>-7,50<FITID>a<NAME>M&amp;S &#233;picerie')),
      usd,
    );
    expect(read.rows).toEqual([
      expect.objectContaining({ amount: -750, counterparty: 'M&S épicerie', reference: 'a' }),
    ]);
  });

  it('reads an empty leaf as empty, not as an aggregate holding what follows it', async () => {
    const read = await readOk(
      sgml(trn('<DTPOSTED>20240103<TRNAMT>-1.00<FITID>a<NAME><MEMO>Card payment')),
      usd,
    );
    expect(read.rows).toEqual([
      expect.objectContaining({ amount: -100, reference: 'a', memo: 'Card payment' }),
    ]);
    expect(read.rows[0]!.counterparty).toBeUndefined();
  });

  it('lists a transaction without a date or an amount by its entry number', async () => {
    const read = await readOk(
      sgml(
        trn('<DTPOSTED>20240103<TRNAMT>-1.00<FITID>a') +
          trn('<TRNAMT>-2.00<FITID>b') +
          trn('<DTPOSTED>20240105<FITID>c') +
          trn('<DTPOSTED>20240230<TRNAMT>-3.00<FITID>d') +
          trn('<DTPOSTED>20240106<TRNAMT>-3.001<FITID>e') +
          trn('<DTPOSTED>20240107<TRNAMT>0.00<FITID>f'),
      ),
      usd,
    );
    expect(read.rows.map((row) => row.reference)).toEqual(['a']);
    expect(read.rejections).toEqual([
      { line: 2, reason: 'missing-date' },
      { line: 3, reason: 'missing-amount' },
      { line: 4, reason: 'no-such-date', detail: '20240230' },
      { line: 5, reason: 'too-many-decimals', detail: '-3.001' },
    ]);
    expect(read.rejectedCount).toBe(4);
    expect(read.skipped.zero).toBe(1);
  });

  it('refuses a statement in another currency, naming both and converting nothing', async () => {
    const eur = fixtureText('ofx-1.0.2-credit-card.ofx').replace('<CURDEF>USD', '<CURDEF>EUR');
    expect(await problemOf(eur, usd)).toEqual({
      code: 'wrong-currency',
      found: 'EUR',
      expected: 'USD',
    });
    const oneInGbp = sgml(
      trn('<DTPOSTED>20240103<TRNAMT>-1.00<FITID>a<CURRENCY><CURRATE>1.27<CURSYM>GBP</CURRENCY>'),
    );
    expect(await problemOf(oneInGbp, usd)).toEqual({
      code: 'wrong-currency',
      found: 'GBP',
      expected: 'USD',
    });
  });

  it('refuses a file whose STMTTRN or BANKTRANLIST never closes, and reads nothing', async () => {
    const text = fixtureText('ofx-1.0.2-credit-card.ofx');
    const noTrnEnd = text.replace('<MEMO>Autopay\r\n</STMTTRN>', '<MEMO>Autopay');
    expect(await problemOf(noTrnEnd, usd)).toEqual({ code: 'ofx-unclosed', tag: 'STMTTRN' });
    const lastTrnOpen = text.replace(
      'FOREIGN TRANSACTION FEE\r\n</STMTTRN>',
      'FOREIGN TRANSACTION FEE',
    );
    expect(await problemOf(lastTrnOpen, usd)).toEqual({ code: 'ofx-unclosed', tag: 'STMTTRN' });
    const noListEnd = text.replace('</BANKTRANLIST>', '');
    expect(await problemOf(noListEnd, usd)).toEqual({ code: 'ofx-unclosed', tag: 'BANKTRANLIST' });
    const cutShort = text.slice(0, text.indexOf('<NAME>CITY GAS'));
    expect(await problemOf(cutShort, usd)).toEqual({ code: 'ofx-unclosed', tag: 'STMTTRN' });
  });

  it('refuses an OFX 2.x file that is not well-formed XML', async () => {
    const text = fixtureText('ofx-2.1.1-bank.ofx');
    const noTrnEnd = text.replace(
      '<NAME>Check 1000</NAME>\n          </STMTTRN>',
      '<NAME>Check 1000</NAME>',
    );
    expect(await problemOf(noTrnEnd, usd)).toEqual({ code: 'ofx-unclosed', tag: 'STMTTRN' });
    const broken = text.replace('<TRNAMT>-23.45</TRNAMT>', '<TRNAMT>-23.45</TRNAMT</NAME>');
    expect(await problemOf(broken, usd)).toMatchObject({ code: 'xml-invalid', format: 'ofx' });
  });

  it('refuses a file with statements of two accounts, or with no bank or card statement', async () => {
    const two = fixtureText('ofx-2.1.1-bank.ofx').replace(
      '</BANKMSGSRSV1>',
      '<STMTTRNRS><STMTRS><CURDEF>USD</CURDEF><BANKACCTFROM><BANKID>121099999</BANKID>' +
        '<ACCTID>555</ACCTID></BANKACCTFROM><BANKTRANLIST></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1>',
    );
    expect(await problemOf(two, usd)).toEqual({
      code: 'several-accounts',
      format: 'ofx',
      count: 2,
    });
    const investments =
      'OFXHEADER:100\n\n<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS><CURDEF>USD' +
      '<INVTRANLIST></INVTRANLIST></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>';
    expect(await problemOf(investments, usd)).toEqual({ code: 'no-statement', format: 'ofx' });
    expect(await problemOf(sgml(''), usd)).toEqual({ code: 'no-entries', format: 'ofx' });
  });
});
