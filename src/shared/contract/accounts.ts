import type { Account, Category, Counterparty } from '../domain';
import * as s from '../schemas';
import { read, write } from './define';
import { MONEY_VIEWS } from './views';

/** Accounts, categories and counterparties (merchants, contacts, billers). */
export const accountsMethods = {
  'accounts.list': read<Account[]>()('ledger', s.accountsListInput),
  'accounts.create': write<Account>()('ledger', s.accountsCreateInput, { stale: MONEY_VIEWS }),
  'accounts.update': write<Account>()('ledger', s.accountsUpdateInput, { stale: MONEY_VIEWS }),
  'accounts.archive': write<Account>()('ledger', s.byIdInput, { stale: MONEY_VIEWS }),
  'accounts.unarchive': write<Account>()('ledger', s.byIdInput, { stale: MONEY_VIEWS }),
  'categories.list': read<Category[]>()('ledger', s.categoriesListInput),
  'categories.create': write<Category>()('ledger', s.categoriesCreateInput, {
    stale: ['categories.list', 'dashboard.summary'],
  }),
  'categories.update': write<Category>()('ledger', s.categoriesUpdateInput, {
    stale: ['categories.list', 'dashboard.summary', 'transactions.recent', 'budgets.month'],
  }),
  'counterparties.list': read<Counterparty[]>()('ledger', s.counterpartiesListInput),
  'counterparties.create': write<Counterparty>()('ledger', s.counterpartiesCreateInput, {
    stale: ['counterparties.list'],
  }),
} as const;
