import type { StatementBalance } from '../../imports';
import { parseStatementAmount } from '../amounts';
import { camtDate, camtEntryRows } from './camt-entries';
import { childOf, childrenOf, descendantsOf, textAt, type MarkupElement } from './element';
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

function accountOf(statement: MarkupElement): string {
  return textAt(statement, 'Acct', 'Id', 'IBAN') || textAt(statement, 'Acct', 'Id', 'Othr', 'Id');
}

/** The first currency in the statements that is not the account's, if any. */
function foreignCurrency(
  statements: readonly MarkupElement[],
  expected: string,
): string | undefined {
  for (const statement of statements) {
    const stated = textAt(statement, 'Acct', 'Ccy').toUpperCase();
    if (stated && stated !== expected) return stated;
    for (const entry of childrenOf(statement, 'Ntry')) {
      const own = (childOf(entry, 'Amt')?.attributes.Ccy ?? '').toUpperCase();
      if (own && own !== expected) return own;
    }
  }
  return undefined;
}

/** `BOOK` (camt.053.001.02–.04: `<Sts>BOOK</Sts>`; .08 on: `<Sts><Cd>BOOK</Cd></Sts>`). */
function isBooked(entry: MarkupElement): boolean {
  const status =
    textAt(entry, 'Sts') || textAt(entry, 'Sts', 'Cd') || textAt(entry, 'Sts', 'Prtry');
  return status === '' || status.toUpperCase() === 'BOOK';
}

/** The latest closing booked balance (`CLBD`) of the file, signed by its CdtDbtInd. */
function closingBalance(
  statements: readonly MarkupElement[],
  options: StructuredOptions,
): StatementBalance | undefined {
  let latest: StatementBalance | undefined;
  for (const statement of statements) {
    for (const balance of childrenOf(statement, 'Bal')) {
      if (textAt(balance, 'Tp', 'CdOrPrtry', 'Cd').toUpperCase() !== 'CLBD') continue;
      const amount = parseStatementAmount(textAt(balance, 'Amt'), options.currency, '.');
      const at = camtDate(childOf(balance, 'Dt'), options.timeZone, true);
      if (!amount.ok || !at.ok) continue;
      const signed =
        textAt(balance, 'CdtDbtInd').toUpperCase() === 'DBIT' ? -amount.minor : amount.minor;
      if (!latest || at.at >= latest.at) latest = { amount: signed, at: at.at };
    }
  }
  return latest;
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
  if (statements.length === 0)
    return { ok: false, problem: { code: 'no-statement', format: 'camt' } };
  const accounts = new Set(statements.map(accountOf));
  if (accounts.size > 1) {
    return {
      ok: false,
      problem: { code: 'several-accounts', format: 'camt', count: accounts.size },
    };
  }
  const foreign = foreignCurrency(statements, options.currency);
  if (foreign) {
    return {
      ok: false,
      problem: { code: 'wrong-currency', found: foreign, expected: options.currency },
    };
  }
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
      ...rows.finish(closingBalance(statements, options)),
      format: 'camt',
      ...(version ? { version } : {}),
      ...(currency ? { currency } : {}),
    },
  };
}
