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
  | 'promotions.list';

/** Every other method changes something and runs as a mutation. */
export type MutationMethod = Exclude<MethodName, QueryMethod>;

const MONEY_VIEWS = [
  'accounts.list',
  'dashboard.summary',
  'transactions.recent',
  'transactions.get',
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
] as const;

/**
 * What each write makes stale; 'all' when it changes what may be read at all (locking and
 * unlocking). Exhaustive: a new contract method fails to compile until it says which
 * screens it affects.
 */
export const INVALIDATES: { readonly [M in MutationMethod]: readonly QueryMethod[] | 'all' } = {
  'settings.update': ['settings.get'],
  'accounts.create': MONEY_VIEWS,
  'accounts.update': MONEY_VIEWS,
  'accounts.archive': MONEY_VIEWS,
  'accounts.unarchive': MONEY_VIEWS,
  'categories.create': ['categories.list', 'dashboard.summary'],
  'categories.update': ['categories.list', 'dashboard.summary', 'transactions.recent'],
  'counterparties.create': ['counterparties.list'],
  'transactions.record': MOVEMENT_VIEWS,
  'payments.create': MOVEMENT_VIEWS,
  'transfers.create': MOVEMENT_VIEWS,
  'topups.create': MOVEMENT_VIEWS,
  'withdrawals.create': MOVEMENT_VIEWS,
  'refunds.create': MOVEMENT_VIEWS,
  'limits.lower': ['limits.get', 'payments.preview'],
  'identity.verify': ['identity.get', 'limits.get', 'payments.preview'],
  'risk.markExpected': ['risk.alerts'],
  'promotions.create': ['promotions.list', 'payments.preview'],
  'promotions.archive': ['promotions.list', 'payments.preview'],
  'security.setupPin': SECURITY_VIEWS,
  'security.unlock': 'all',
  'security.unlockBiometric': 'all',
  'security.lock': 'all',
  'security.recover': 'all',
  'security.activity': [],
  'security.changePin': SECURITY_VIEWS,
  'security.setIdleTimeout': SECURITY_VIEWS,
  'security.setBiometric': SECURITY_VIEWS,
  'security.totpBegin': SECURITY_VIEWS,
  'security.totpConfirm': SECURITY_VIEWS,
  'security.totpDisable': SECURITY_VIEWS,
  'security.regenerateRecoveryCodes': SECURITY_VIEWS,
};
