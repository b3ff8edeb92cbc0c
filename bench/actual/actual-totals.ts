import type { Totals } from '../compare/totals';
import type { GeneratedLedger } from '../generator/generate-ledger';
import { journalAccount, journalCategory } from '../generator/write-journal';
import { actualCategories } from './actual-import';

/** One row of Actual's sum of amounts by category, month and account. */
export interface ActualCategorySum {
  readonly category: string;
  readonly account: string;
  /** `YYYY-MM`. */
  readonly month: string;
  /** Actual's sign: outflows negative. */
  readonly amount: number;
}

function add(totals: Totals, key: string, minor: number): void {
  const sum = (totals[key] ?? 0) + minor;
  if (sum === 0) delete totals[key];
  else totals[key] = sum;
}

/**
 * Actual's balances and monthly category sums in the shape of `purseTotals`, keyed by the
 * journal's names and the account's currency (Actual has none; the generated account says
 * which). A category's total is debit minus credit as in the journal, so Actual's sign flips.
 */
export function actualTotals(
  ledger: GeneratedLedger,
  accountIds: ReadonlyMap<string, string>,
  categoryIds: ReadonlyMap<string, string>,
  balances: ReadonlyMap<string, number>,
  sums: readonly ActualCategorySum[],
): Totals {
  const totals: Totals = {};
  const accountById = new Map(
    ledger.accounts.map((account) => [accountIds.get(account.key), account]),
  );
  for (const [id, balance] of balances) {
    const account = accountById.get(id);
    if (!account) throw new Error(`balance of an unknown Actual account ${id}`);
    add(totals, `${journalAccount(account)}|all|${account.currency}`, balance);
  }
  const { income } = actualCategories(ledger);
  const nameById = new Map([...categoryIds].map(([name, id]) => [id, name]));
  for (const sum of sums) {
    const name = nameById.get(sum.category);
    const account = accountById.get(sum.account);
    if (!name || !account) throw new Error(`a sum of unknown ${sum.category} on ${sum.account}`);
    const category = journalCategory(income.includes(name) ? 'income' : 'expense', name);
    add(totals, `${category}|${sum.month}|${account.currency}`, -sum.amount);
  }
  return totals;
}
