import type { MethodName } from '../../shared/method-names';

/** Contract methods the UI reads through queries (cached, refetched when invalidated). */
export type QueryMethod =
  | 'app.info'
  | 'settings.get'
  | 'accounts.list'
  | 'categories.list'
  | 'counterparties.list'
  | 'transactions.recent'
  | 'transactions.get'
  | 'dashboard.summary'
  | 'ledger.verify'
  | 'security.status'
  | 'security.log'
  | 'payments.preview'
  | 'receipts.get'
  | 'limits.get'
  | 'identity.get'
  | 'risk.alerts'
  | 'promotions.list'
  | 'bills.list'
  | 'bills.upcoming'
  | 'bills.history'
  | 'budgets.month'
  | 'analytics.report'
  | 'analytics.transactions'
  | 'reports.monthly'
  | 'history.page'
  | 'history.totals'
  | 'statements.chunk'
  | 'imports.check'
  | 'imports.mappings'
  // onboarding
  | 'onboarding.get';

/** Every other method changes something and runs as a mutation. */
export type MutationMethod = Exclude<MethodName, QueryMethod>;

const MONEY_VIEWS = [
  'accounts.list',
  'dashboard.summary',
  'transactions.recent',
  'transactions.get',
  'history.page',
  'history.totals',
] as const;

/** What changing a bill or one of its occurrences changes: the lists and the calendar. */
const BILL_VIEWS = ['bills.list', 'bills.upcoming', 'budgets.month'] as const;

/** What budgets and analytics draw from: spending per category and month, net worth. */
const SPENDING_VIEWS = [
  'budgets.month',
  'analytics.report',
  'analytics.transactions',
  'reports.monthly',
] as const;

const SECURITY_VIEWS = ['security.status', 'security.log'] as const;
/** What moving money changes: balances, history, limits used, risk alerts, receipts. */
const MOVEMENT_VIEWS = [
  ...MONEY_VIEWS,
  'ledger.verify',
  'limits.get',
  'risk.alerts',
  'receipts.get',
  'payments.preview',
  'security.log',
  ...SPENDING_VIEWS,
] as const;

/**
 * What each write makes stale; 'all' when it changes what may be read at all (locking and
 * unlocking). Exhaustive: a new contract method fails to compile until it says which
 * screens it affects.
 */
export const INVALIDATES: { readonly [M in MutationMethod]: readonly QueryMethod[] | 'all' } = {
  'transactions.update': [...MONEY_VIEWS, ...SPENDING_VIEWS],
  'backups.create': SECURITY_VIEWS,
  'backups.restore': 'all',
  'statements.exportBegin': [],
  'statements.exportNext': [],
  'statements.exportCancel': [],
  'reports.saveCsv': [],
  'backups.save': SECURITY_VIEWS,
  'backups.inspect': [],
  'settings.update': ['settings.get'],
  'accounts.create': MONEY_VIEWS,
  'accounts.update': MONEY_VIEWS,
  'accounts.archive': MONEY_VIEWS,
  'accounts.unarchive': MONEY_VIEWS,
  'categories.create': ['categories.list', 'dashboard.summary'],
  'categories.update': [
    'categories.list',
    'dashboard.summary',
    'transactions.recent',
    'budgets.month',
  ],
  'counterparties.create': ['counterparties.list'],
  'transactions.record': MOVEMENT_VIEWS,
  // A payment may create its merchant and use up a coupon; a transfer may create its contact.
  'payments.create': [...MOVEMENT_VIEWS, 'counterparties.list', 'promotions.list'],
  'transfers.create': [...MOVEMENT_VIEWS, 'counterparties.list'],
  'topups.create': MOVEMENT_VIEWS,
  'withdrawals.create': MOVEMENT_VIEWS,
  'refunds.create': MOVEMENT_VIEWS,
  'limits.lower': ['limits.get', 'payments.preview'],
  'identity.verify': ['identity.get', 'limits.get', 'payments.preview'],
  'risk.markExpected': ['risk.alerts'],
  'promotions.create': ['promotions.list', 'payments.preview'],
  'promotions.archive': ['promotions.list', 'payments.preview'],
  // A new bill may add its biller to the counterparties.
  'bills.create': [...BILL_VIEWS, 'counterparties.list'],
  'bills.update': BILL_VIEWS,
  'bills.archive': BILL_VIEWS,
  'bills.skip': BILL_VIEWS,
  // Paying a bill is a payment: balances, history, limits, and the bill's own history.
  'bills.pay': [...MOVEMENT_VIEWS, ...BILL_VIEWS, 'bills.history'],
  // A budget changes its month's lines, what later months carry, and budget vs actual.
  'budgets.set': ['budgets.month', 'analytics.report', 'reports.monthly'],
  'budgets.remove': ['budgets.month', 'analytics.report', 'reports.monthly'],
  'budgets.copyLastMonth': ['budgets.month', 'analytics.report', 'reports.monthly'],
  'security.setupPin': SECURITY_VIEWS,
  'security.unlock': 'all',
  'security.unlockBiometric': 'all',
  'security.lock': 'all',
  'security.recover': 'all',
  // Reporting activity after an idle spell may find the app already locked: look again.
  'security.activity': ['security.status'],
  'security.changePin': SECURITY_VIEWS,
  'security.setIdleTimeout': SECURITY_VIEWS,
  'security.setBiometric': SECURITY_VIEWS,
  'security.totpBegin': SECURITY_VIEWS,
  'security.totpConfirm': SECURITY_VIEWS,
  'security.totpDisable': SECURITY_VIEWS,
  'security.regenerateRecoveryCodes': SECURITY_VIEWS,
  // An import records transactions and may add payees.
  'imports.commit': [...MOVEMENT_VIEWS, 'counterparties.list', 'imports.check'],
  'imports.saveMapping': ['imports.mappings'],
  // onboarding
  'onboarding.save': ['onboarding.get', 'settings.get'],
  'onboarding.advance': ['onboarding.get'],
  'onboarding.bindCard': ['onboarding.get', ...MONEY_VIEWS],
};
