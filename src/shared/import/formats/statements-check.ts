import type { StatementBalance } from '../../imports';
import type { FileProblem } from '../read-statement';

/** Where a format states the currencies of a statement: its own, and its entries'. */
export interface StatementShape<Statement> {
  /** The account a statement is of (several accounts refuse the file). */
  readonly accountOf: (statement: Statement) => string;
  /** The currency the statement states for its account ('' when none). */
  readonly statedCurrency: (statement: Statement) => string;
  /** The currencies its entries state of their own ('' when none). */
  readonly entryCurrencies: (statement: Statement) => readonly string[];
}

/** The first currency in the statements that is not the account's, if any. */
function foreignCurrency<Statement>(
  statements: readonly Statement[],
  shape: StatementShape<Statement>,
  expected: string,
): string | undefined {
  for (const statement of statements) {
    for (const currency of [shape.statedCurrency(statement), ...shape.entryCurrencies(statement)]) {
      const code = currency.toUpperCase();
      if (code && code !== expected) return code;
    }
  }
  return undefined;
}

/**
 * What CAMT and OFX check of a file's statements before reading their entries: there is
 * one at least, they are all of one account, and none is in another currency than the
 * account's (`expected`). The problem that refuses the file, or null.
 */
export function statementsProblem<Statement>(
  format: 'camt' | 'ofx',
  statements: readonly Statement[],
  shape: StatementShape<Statement>,
  expected: string,
): FileProblem | null {
  if (statements.length === 0) return { code: 'no-statement', format };
  const accounts = new Set(statements.map(shape.accountOf));
  if (accounts.size > 1) return { code: 'several-accounts', format, count: accounts.size };
  const found = foreignCurrency(statements, shape, expected);
  return found ? { code: 'wrong-currency', found, expected } : null;
}

/** The latest of a file's closing balances (the last one stated, of several on one day). */
export function latestBalance(
  balances: readonly (StatementBalance | null)[],
): StatementBalance | undefined {
  let latest: StatementBalance | undefined;
  for (const balance of balances) {
    if (balance && (!latest || balance.at >= latest.at)) latest = balance;
  }
  return latest;
}
