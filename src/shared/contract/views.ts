/**
 * Groups of queries that writes make stale together. Names only: the contract's index
 * checks at compile time that each is one of its read methods.
 */
export const MONEY_VIEWS = [
  'accounts.list',
  'dashboard.summary',
  'transactions.recent',
  'transactions.get',
  'history.page',
  'history.totals',
  'forecast.accounts',
] as const;

/** What changing a bill or one of its occurrences changes: the lists and the calendar. */
export const BILL_VIEWS = [
  'bills.list',
  'bills.upcoming',
  'budgets.month',
  'forecast.accounts',
] as const;

/** What budgets and analytics draw from: spending per category and month, net worth. */
export const SPENDING_VIEWS = [
  'budgets.month',
  'analytics.report',
  'analytics.transactions',
  'reports.monthly',
] as const;

export const SECURITY_VIEWS = ['security.status', 'security.log'] as const;

/**
 * What a change of settings changes: the settings, and every view that answers in the
 * default currency when asked for none (limits, the payment preview, budgets, analytics).
 */
export const SETTINGS_VIEWS = [
  'settings.get',
  'limits.get',
  'payments.preview',
  ...SPENDING_VIEWS,
] as const;

/** What moving money changes: balances, history, limits used, risk alerts, receipts. */
export const MOVEMENT_VIEWS = [
  ...MONEY_VIEWS,
  'limits.get',
  'risk.alerts',
  'receipts.get',
  'payments.preview',
  'security.log',
  ...SPENDING_VIEWS,
] as const;
