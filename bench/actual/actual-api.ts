import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { ActualTransaction } from './actual-import';

/**
 * The part of `@actual-app/api` the bench calls, typed here because the package is installed
 * on demand into `.bench/actual` and is not there when the project is type-checked.
 */
export interface ActualQuery {
  filter(expression: Record<string, unknown>): ActualQuery;
  select(fields: unknown): ActualQuery;
  groupBy(fields: unknown): ActualQuery;
  orderBy(fields: unknown): ActualQuery;
  limit(count: number): ActualQuery;
  options(options: Record<string, unknown>): ActualQuery;
  calculate(expression: unknown): ActualQuery;
  serialize(): unknown;
}

export interface ActualApi {
  init(config: { dataDir: string; verbose?: boolean }): Promise<{
    send: (name: string, args?: unknown) => Promise<unknown>;
  }>;
  shutdown(): Promise<void>;
  runImport(budgetName: string, work: () => Promise<void>): Promise<void>;
  loadBudget(budgetId: string): Promise<void>;
  getBudgets(): Promise<{ id?: string; name: string }[]>;
  createAccount(
    account: { name: string; offbudget?: boolean },
    initialBalance?: number,
  ): Promise<string>;
  getAccounts(): Promise<{ id: string; name: string }[]>;
  getAccountBalance(id: string): Promise<number>;
  getCategoryGroups(): Promise<{ id: string; name: string; is_income: boolean }[]>;
  createCategoryGroup(group: { name: string; is_income?: boolean }): Promise<string>;
  createCategory(category: { name: string; group_id: string }): Promise<string>;
  createPayee(payee: { name: string }): Promise<string>;
  getPayees(): Promise<{ id: string; name: string; transfer_acct?: string | null }[]>;
  addTransactions(
    accountId: string,
    transactions: (ActualTransaction | { date: string; amount: number; payee_name: string })[],
    options?: { runTransfers?: boolean; learnCategories?: boolean },
  ): Promise<'ok'>;
  updateTransaction(id: string, fields: { date: string }): Promise<unknown>;
  aqlQuery(query: ActualQuery): Promise<{ data: unknown }>;
  getBudgetMonth(month: string): Promise<unknown>;
  q(table: string): ActualQuery;
}

/** Where the bench installs Actual (see install-actual.ts). */
export function actualDir(scratch: string): string {
  return resolve(scratch, 'actual');
}

/** Loads `@actual-app/api` from the bench's own install, not from the project's modules. */
export function loadActual(scratch: string): ActualApi {
  const require = createRequire(join(actualDir(scratch), 'package.json'));
  return require('@actual-app/api') as ActualApi;
}
