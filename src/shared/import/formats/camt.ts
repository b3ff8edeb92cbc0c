import type { StatementBalance } from '../../imports';
import { parseStatementAmount } from '../amounts';
import { camtDate, camtEntryRows } from './camt-entries';
import { childOf, childrenOf, descendantsOf, textAt, type MarkupElement } from './element';
import { latestBalance, statementsProblem, type StatementShape } from './statements-check';
import { StatementRows } from './statement-rows';
import type { StructuredOptions, StructuredResult } from './structured-read';
import { parseXmlTree } from './xml-tree';

/** The statements (camt.053 `Stmt`) and reports (camt.052 `Rpt`) of a document. */
function statementsOf(root: MarkupElement): MarkupElement[] {
  return [
    ...descendantsOf(root, 'BkToCstmrStmt').flatMap((message) => childrenOf(message, 'Stmt')),
    ...descendantsOf(root, 'BkToCstmrAcctRpt').flatMap((message) => childrenOf(message, 'Rpt')),
  ];
}

const CAMT_STATEMENT: StatementShape<MarkupElement> = {
  accountOf: (statement) =>
    textAt(statement, 'Acct', 'Id', 'IBAN') || textAt(statement, 'Acct', 'Id', 'Othr', 'Id'),
  statedCurrency: (statement) => textAt(statement, 'Acct', 'Ccy'),
  entryCurrencies: (statement) =>
    childrenOf(statement, 'Ntry').map((entry) => childOf(entry, 'Amt')?.attributes.Ccy ?? ''),
};

/** `BOOK` (camt.053.001.02–.04: `<Sts>BOOK</Sts>`; .08 on: `<Sts><Cd>BOOK</Cd></Sts>`). */
function isBooked(entry: MarkupElement): boolean {
  const status =
    textAt(entry, 'Sts') || textAt(entry, 'Sts', 'Cd') || textAt(entry, 'Sts', 'Prtry');
  return status === '' || status.toUpperCase() === 'BOOK';
}

/** A closing booked balance (`CLBD`), signed by its CdtDbtInd; null for any other. */
function closingBalance(
  balance: MarkupElement,
  options: StructuredOptions,
): StatementBalance | null {
  if (textAt(balance, 'Tp', 'CdOrPrtry', 'Cd').toUpperCase() !== 'CLBD') return null;
  const amount = parseStatementAmount(textAt(balance, 'Amt'), options.currency, '.');
  const at = camtDate(childOf(balance, 'Dt'), options.timeZone, true);
  if (!amount.ok || !at.ok) return null;
  const signed =
    textAt(balance, 'CdtDbtInd').toUpperCase() === 'DBIT' ? -amount.minor : amount.minor;
  return { amount: signed, at: at.at };
}

/**
 * Reads an ISO 20022 bank statement (camt.053) or account report (camt.052), any version:
 * its booked entries (pending ones are left out and counted), the bank's reference of each
 * as the row's reference, reversals as refunds, and the closing booked balance. Entries in
 * another currency than the account's, or statements of several accounts, refuse the file.
 */
export function readCamt(text: string, options: StructuredOptions): StructuredResult {
  const xml = parseXmlTree(text);
  if (!xml.ok)
    return { ok: false, problem: { code: 'xml-invalid', format: 'camt', line: xml.line } };
  const statements = statementsOf(xml.root);
  const problem = statementsProblem('camt', statements, CAMT_STATEMENT, options.currency);
  if (problem) return { ok: false, problem };
  const entries = statements.flatMap((statement) => childrenOf(statement, 'Ntry'));
  if (entries.length === 0) return { ok: false, problem: { code: 'no-entries', format: 'camt' } };

  const rows = new StatementRows(options.currency);
  entries.forEach((entry, index) => {
    if (!isBooked(entry)) rows.skipPending();
    else for (const row of camtEntryRows(entry, index + 1, options)) rows.add(row);
  });
  if (rows.tooMany) return { ok: false, problem: { code: 'too-many-rows' } };
  const version = /camt\.05[23]\.\d{3}\.\d{2}/.exec(text.slice(0, 4096))?.[0];
  const currency =
    textAt(statements[0], 'Acct', 'Ccy').toUpperCase() ||
    childOf(entries[0], 'Amt')?.attributes.Ccy;
  return {
    ok: true,
    read: {
      ...rows.finish(
        latestBalance(
          statements
            .flatMap((statement) => childrenOf(statement, 'Bal'))
            .map((balance) => closingBalance(balance, options)),
        ),
      ),
      format: 'camt',
      ...(version ? { version } : {}),
      ...(currency ? { currency } : {}),
    },
  };
}
