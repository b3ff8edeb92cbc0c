import type { StatementBalance } from '../../imports';
import { parseStatementAmount } from '../amounts';
import { childOf, descendantsOf, textAt, type MarkupElement } from './element';
import type { FormatProblem } from './format-problem';
import { parseOfxDate } from './ofx-dates';
import { parseOfxSgml } from './ofx-sgml';
import { latestBalance, statementsProblem, type StatementShape } from './statements-check';
import { StatementRows, type StatementEntry } from './statement-rows';
import type { StructuredOptions, StructuredResult } from './structured-read';
import { parseXmlTree } from './xml-tree';

type Tree =
  | { readonly ok: true; readonly root: MarkupElement }
  | { readonly ok: false; readonly problem: FormatProblem };

/** OFX 2.x is XML (an `<?xml …?>` or `<?OFX …?>` prolog); 1.x is SGML after `KEY:VALUE` lines. */
function isXml(text: string): boolean {
  const start = text.trimStart();
  return start.startsWith('<?xml') || /^<\?OFX\b/i.test(start);
}

function ofxTree(text: string): Tree {
  if (!isXml(text)) {
    const sgml = parseOfxSgml(text);
    return sgml.ok ? sgml : { ok: false, problem: { code: 'ofx-unclosed', tag: sgml.tag } };
  }
  const xml = parseXmlTree(text);
  if (xml.ok) return xml;
  const unclosed = /(?:Expected closing tag|Unclosed tag) '([^']+)'/.exec(xml.message);
  if (unclosed) return { ok: false, problem: { code: 'ofx-unclosed', tag: unclosed[1]! } };
  return { ok: false, problem: { code: 'xml-invalid', format: 'ofx', line: xml.line } };
}

/** `VERSION:102` or `VERSION="211"` as `1.0.2` / `2.1.1`. */
function versionOf(text: string): string | undefined {
  const digits = /\bVERSION\s*(?::|=)\s*"?(\d{3})\b/i.exec(text.slice(0, 2048))?.[1];
  return digits ? digits.split('').join('.') : undefined;
}

const OFX_STATEMENT: StatementShape<MarkupElement> = {
  accountOf: (statement) => {
    const from = childOf(statement, 'BANKACCTFROM') ?? childOf(statement, 'CCACCTFROM');
    return `${textAt(from, 'BANKID')}|${textAt(from, 'ACCTID')}`;
  },
  statedCurrency: (statement) => textAt(statement, 'CURDEF'),
  // <CURRENCY> means TRNAMT is in CURSYM; <ORIGCURRENCY> means it was converted already.
  entryCurrencies: (statement) =>
    descendantsOf(statement, 'STMTTRN').map((transaction) =>
      textAt(transaction, 'CURRENCY', 'CURSYM'),
    ),
};

function decimalMarkOf(amount: string): '.' | ',' {
  return /,\d+$/.test(amount) && !amount.includes('.') ? ',' : '.';
}

function entryOf(transaction: MarkupElement, number: number, timeZone: string): StatementEntry {
  const amount = textAt(transaction, 'TRNAMT');
  const name = textAt(transaction, 'NAME') || textAt(transaction, 'PAYEE', 'NAME');
  const type = textAt(transaction, 'TRNTYPE').toUpperCase();
  return {
    number,
    date: parseOfxDate(textAt(transaction, 'DTPOSTED'), timeZone),
    amount,
    decimalMark: decimalMarkOf(amount),
    counterparty: name,
    memo: textAt(transaction, 'MEMO'),
    reference: textAt(transaction, 'FITID'),
    // Interest and dividends say what they are; other types (DEBIT, POS…) say only how.
    ...(type === 'INT'
      ? { category: 'interest' }
      : type === 'DIV'
        ? { category: 'dividends' }
        : {}),
  };
}

/** A statement's LEDGERBAL: the balance after its last transaction. */
function ledgerBalance(
  statement: MarkupElement,
  options: StructuredOptions,
): StatementBalance | null {
  const ledger = childOf(statement, 'LEDGERBAL');
  const amount = textAt(ledger, 'BALAMT');
  const parsed = parseStatementAmount(amount, options.currency, decimalMarkOf(amount));
  const date = parseOfxDate(endOfDay(textAt(ledger, 'DTASOF')), options.timeZone);
  return parsed.ok && date.ok ? { amount: parsed.minor, at: date.at } : null;
}

/** A balance dated by day only holds at the end of that day, after its transactions. */
function endOfDay(date: string): string {
  return /^\d{8}$/.test(date.trim()) ? `${date.trim()}235959` : date;
}

/**
 * Reads an OFX or QFX statement (1.x SGML or 2.x XML): the transactions of its bank
 * (`STMTRS`) or credit card (`CCSTMTRS`) statements, FITID as each row's reference, and
 * LEDGERBAL as the closing balance. A file in another currency than the account's, with
 * statements of several accounts, or with an aggregate left open is refused whole.
 */
export function readOfx(text: string, options: StructuredOptions): StructuredResult {
  const tree = ofxTree(text);
  if (!tree.ok) return tree;
  const bank = descendantsOf(tree.root, 'STMTRS');
  const card = descendantsOf(tree.root, 'CCSTMTRS');
  const statements = [...bank, ...card];
  const problem = statementsProblem('ofx', statements, OFX_STATEMENT, options.currency);
  if (problem) return { ok: false, problem };
  const transactions = statements.flatMap((statement) => descendantsOf(statement, 'STMTTRN'));
  if (transactions.length === 0)
    return { ok: false, problem: { code: 'no-entries', format: 'ofx' } };

  const rows = new StatementRows(options.currency);
  transactions.forEach((transaction, index) => {
    // A hold is money set aside, not yet taken: left out like a pending CAMT entry.
    if (textAt(transaction, 'TRNTYPE').toUpperCase() === 'HOLD') rows.skipPending();
    else rows.add(entryOf(transaction, index + 1, options.timeZone));
  });
  if (rows.tooMany) return { ok: false, problem: { code: 'too-many-rows' } };
  const version = versionOf(text);
  const currency = textAt(statements[0], 'CURDEF').toUpperCase();
  return {
    ok: true,
    read: {
      ...rows.finish(
        latestBalance(statements.map((statement) => ledgerBalance(statement, options))),
      ),
      format: 'ofx',
      ...(version ? { version } : {}),
      statement: card.length > 0 && bank.length === 0 ? 'credit-card' : 'bank',
      ...(currency ? { currency } : {}),
    },
  };
}
