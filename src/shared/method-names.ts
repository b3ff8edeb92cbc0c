/**
 * Every method of the contract, by name. Kept free of zod so that the preload stays tiny;
 * `contract.ts` proves at compile time that this list and the contract agree.
 */
export const METHOD_NAMES = [
  'app.info',
  'settings.get',
  'settings.update',
  'accounts.list',
  'accounts.create',
  'accounts.update',
  'accounts.archive',
  'accounts.unarchive',
  'categories.list',
  'categories.create',
  'categories.update',
  'counterparties.list',
  'counterparties.create',
  'transactions.record',
  'transactions.recent',
  'transactions.get',
  'dashboard.summary',
  'ledger.verify',
  'security.status',
  'security.setupPin',
  'security.unlock',
  'security.unlockBiometric',
  'security.lock',
  'security.activity',
  'security.changePin',
  'security.setIdleTimeout',
  'security.setBiometric',
  'security.totpBegin',
  'security.totpConfirm',
  'security.totpDisable',
  'security.recover',
  'security.regenerateRecoveryCodes',
  'security.log',
  'payments.preview',
  'payments.create',
  'transfers.create',
  'topups.create',
  'withdrawals.create',
  'refunds.create',
  'receipts.get',
  'limits.get',
  'limits.lower',
  'identity.get',
  'identity.verify',
  'risk.alerts',
  'risk.markExpected',
  'promotions.list',
  'promotions.create',
  'promotions.archive',
  'bills.list',
  'bills.create',
  'bills.update',
  'bills.archive',
  'bills.upcoming',
  'bills.skip',
  'bills.pay',
  'bills.history',
  'budgets.month',
  'budgets.set',
  'budgets.remove',
  'budgets.copyLastMonth',
  'analytics.report',
  'analytics.transactions',
  'reports.monthly',
  'history.page',
  'history.totals',
  'transactions.update',
  'statements.chunk',
  'backups.create',
  'backups.restore',
  // history
  'statements.exportBegin',
  'statements.exportNext',
  'statements.exportCancel',
  'reports.saveCsv',
  'backups.save',
  'backups.inspect',
  // import
  'imports.check',
  'imports.commit',
  'imports.mappings',
  'imports.saveMapping',
  // onboarding
  'onboarding.get',
  'onboarding.save',
  'onboarding.advance',
  'onboarding.bindCard',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (METHOD_NAMES as readonly string[]).includes(value);
}

/** The IPC channel of a method: one channel each, so handlers are registered by name. */
export function channelOf(method: MethodName): string {
  return `purse:${method}`;
}
