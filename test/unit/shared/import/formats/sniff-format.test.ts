import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffStatementFormat } from '../../../../../src/shared/import/formats/read-structured';
import { sniffFormat } from '../../../../../src/shared/import/formats/sniff-format';
import { bytesSource, inspectStatement } from '../../../../../src/shared/import/read-statement';
import { fixtureBytes, IMPORT_FIXTURES } from '../../../../support/import-fixtures';

/** What each fixture is, by what is in it: the names' extensions are not consulted. */
const EXPECTED: Readonly<Record<string, 'ofx' | 'qif' | 'camt' | null>> = {
  'alipay-legacy.gbk.csv': null,
  'alipay.gbk.csv': null,
  'bank-cn.gbk.csv': null,
  'bank-comma-decimal.csv': null,
  'bank-debit-credit.csv': null,
  'bank-debit-credit-renamed.ofx': null,
  'wechat.csv': null,
  'de-sparkasse.cp1252.csv': null,
  'de-volksbank.cp1252.csv': null,
  'nl-ing.csv': null,
  'uk-headerless.csv': null,
  'uk-lloyds.csv': null,
  'uk-nationwide.cp1252.csv': null,
  'camt.052.001.02-intraday.052': 'camt',
  'camt.053.001.02-dk-reversal.xml': 'camt',
  'camt.053.001.08-sps-chf.xml': 'camt',
  'ofx-1.0.2-credit-card.ofx': 'ofx',
  'ofx-2.1.1-bank.ofx': 'ofx',
  'qfx-web-connect-savings.qfx': 'ofx',
  'qif-quicken-bank-splits.qif': 'qif',
  'qif-quicken-ccard.cp1252.qif': 'qif',
};

const fixtures = readdirSync(IMPORT_FIXTURES).filter(
  (name) => /\.\w+$/.test(name) && !name.startsWith('.'),
);

describe('sniffing a statement’s format', () => {
  it('knows every import fixture', () => {
    expect(fixtures.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(fixtures)('reads %s by its content', async (name) => {
    expect(await sniffStatementFormat(bytesSource(fixtureBytes(name)))).toBe(EXPECTED[name]);
  });

  it('sends a CSV renamed .ofx to the CSV reader, which reads it as the bank CSV it is', async () => {
    const source = bytesSource(fixtureBytes('bank-debit-credit-renamed.ofx'));
    expect(await sniffStatementFormat(source)).toBeNull();
    const inspected = await inspectStatement(source);
    expect(inspected.ok && inspected.shape.header).toEqual([
      'Date',
      'Description',
      'Debit',
      'Credit',
      'Balance',
      'Reference',
    ]);
  });

  it('finds OFX by its header or its <OFX> root, whatever comes first', () => {
    expect(sniffFormat('OFXHEADER:100\r\nDATA:OFXSGML\r\n\r\n<OFX>')).toBe('ofx');
    expect(sniffFormat('\uFEFF  \n<OFX>\n<SIGNONMSGSRSV1>')).toBe('ofx');
    expect(sniffFormat('<?xml version="1.0"?>\n<?OFX OFXHEADER="200" VERSION="220"?>\n<OFX>')).toBe(
      'ofx',
    );
    expect(sniffFormat('<?xml version="1.0"?><!-- a bank --><ofx><SIGNONMSGSRSV1>')).toBe('ofx');
  });

  it('finds QIF by a first line of !Type:, !Account or !Option', () => {
    expect(sniffFormat('!Type:Bank\nD1/5/24\n')).toBe('qif');
    expect(sniffFormat('\r\n!Account\nNChecking\n^\n')).toBe('qif');
    expect(sniffFormat('!Option:AutoSwitch\n!Account\n')).toBe('qif');
    expect(sniffFormat('!type:CCard\n')).toBe('qif');
    expect(sniffFormat('Date,Payee\n!Type:Bank,1.00\n')).toBeNull();
  });

  it('finds CAMT by its namespace or its message, and no other XML', () => {
    expect(
      sniffFormat(
        '<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.08">',
      ),
    ).toBe('camt');
    expect(sniffFormat('<Doc:Document><Doc:BkToCstmrStmt>')).toBe('camt');
    expect(sniffFormat('<BizMsgEnvlp><Document><BkToCstmrAcctRpt>')).toBe('camt');
    // A debit/credit notification (camt.054) and a payment order (pain.001) are not statements.
    expect(
      sniffFormat(
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>',
      ),
    ).toBeNull();
    expect(
      sniffFormat('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">'),
    ).toBeNull();
    expect(sniffFormat('<html><body>camt.053 statements</body></html>')).toBeNull();
  });

  it('leaves binary files to the CSV reader, which says what they are', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await sniffStatementFormat(bytesSource(png))).toBeNull();
  });
});
