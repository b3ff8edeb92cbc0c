import type { GeneratedLedger } from '../generator/generate-ledger';
import type { ActualApi } from './actual-api';
import { actualCategories, actualOpeningDate, type ActualIds } from './actual-import';

/**
 * Creates the generated accounts (on budget, with their opening balances), categories and
 * payees in the open budget. Actual dates an opening balance today; it is moved to the
 * journal's opening date so that it sorts before the history as in Purse.
 */
export async function createActualBooks(
  api: ActualApi,
  ledger: GeneratedLedger,
): Promise<ActualIds> {
  const { expense, income } = actualCategories(ledger);
  const incomeGroup = (await api.getCategoryGroups()).find((group) => group.is_income);
  if (!incomeGroup) throw new Error('Actual’s budget has no income group');
  const spendingGroup = await api.createCategoryGroup({ name: 'Spending', is_income: false });
  const categories = new Map<string, string>();
  for (const name of expense)
    categories.set(name, await api.createCategory({ name, group_id: spendingGroup }));
  for (const name of income)
    categories.set(name, await api.createCategory({ name, group_id: incomeGroup.id }));

  const accounts = new Map<string, string>();
  const openingDate = actualOpeningDate(ledger);
  for (const account of ledger.accounts) {
    const id = await api.createAccount({ name: account.name, offbudget: false }, account.opening);
    accounts.set(account.key, id);
    if (account.opening === 0) continue;
    const { data } = await api.aqlQuery(
      api.q('transactions').filter({ account: id, starting_balance_flag: true }).select(['id']),
    );
    for (const { id: opening } of data as { id: string }[])
      await api.updateTransaction(opening, { date: openingDate });
  }

  const payees = new Map<string, string>();
  for (const counterparty of ledger.counterparties)
    payees.set(counterparty.key, await api.createPayee({ name: counterparty.name }));
  const keyOfAccount = new Map([...accounts].map(([key, id]) => [id, key]));
  const transferPayees = new Map<string, string>();
  for (const payee of await api.getPayees()) {
    const key = payee.transfer_acct && keyOfAccount.get(payee.transfer_acct);
    if (key) transferPayees.set(key, payee.id);
  }
  return { accounts, payees, transferPayees, categories };
}
