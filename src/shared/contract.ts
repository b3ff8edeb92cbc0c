import type { z } from 'zod';
import type {
  Account,
  Category,
  Counterparty,
  DashboardSummary,
  InvariantReport,
  Settings,
  Transaction,
  TransactionDetail,
} from './domain';
import type { MethodName } from './method-names';
import type { SecurityEventView, SecurityStatus, TotpEnrolment } from './security';
import * as s from './schemas';
import * as p from './payment-schemas';
import * as b from './bills';
import type { Bill, BillOccurrence, BillView } from './bills';
import * as bu from './budgets';
import type { Budget, BudgetMonth } from './budgets';
import * as an from './analytics';
import type { AnalyticsReport, MonthlyReport } from './analytics';
import * as h from './history';
import type { HistoryPage, HistoryTotals, StatementChunk } from './history';
import * as bk from './backup';
import * as ob from './onboarding';
import type { OnboardingState } from './onboarding';
import type { BackupCreated, BackupRestored } from './backup';
import * as ex from './exports';
import type {
  BackupSaved,
  ExportCancelled,
  ExportProgress,
  ExportStarted,
  ReportSaved,
} from './exports';
import * as im from './imports';
import type { ImportOutcome, SavedMapping } from './imports';
import type {
  IdentityView,
  LimitsView,
  MoneyResult,
  PaymentPreview,
  Promotion,
  Receipt,
  RiskAlert,
} from './payments';

/**
 * Who may call a method and what it needs:
 * - `public`: works while the app is locked (app info, lock screen).
 * - `read`: ledger reads; refused while the app is locked.
 * - `write`: changes records but moves no money out; refused while locked.
 * - `money`: moves money; needs the payment PIN (or TOTP) on top.
 */
export type Access = 'public' | 'read' | 'write' | 'money';
/** Where a method is served: by the ledger host, or by the gateway itself (main). */
export type Target = 'ledger' | 'gateway';

export interface MethodSpec<I extends z.ZodType, O, T extends Target = Target> {
  readonly input: I;
  readonly access: Access;
  readonly target: T;
  /** Phantom: carries the output type; never set at runtime. */
  readonly output?: O;
}

/** A method served by the ledger host. */
function method<O>() {
  return <I extends z.ZodType>(input: I, access: Access): MethodSpec<I, O, 'ledger'> => ({
    input,
    access,
    target: 'ledger',
  });
}

/** A method served by the gateway in main (secrets, session, files). */
function local<O>() {
  return <I extends z.ZodType>(input: I, access: Access): MethodSpec<I, O, 'gateway'> => ({
    input,
    access,
    target: 'gateway',
  });
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly runtime: 'electron' | 'web';
}

export interface BillHistory {
  readonly payments: readonly Transaction[];
  readonly byMonth: readonly { readonly month: string; readonly total: number }[];
}

export interface RecoveryCodes {
  /** Shown once; only their hashes are kept. */
  readonly recoveryCodes: readonly string[];
}

export const contract = {
  'app.info': local<AppInfo>()(s.emptyInput, 'public'),
  'settings.get': method<Settings>()(s.emptyInput, 'public'),
  'settings.update': method<Settings>()(s.settingsUpdateInput, 'write'),
  'accounts.list': method<Account[]>()(s.accountsListInput, 'read'),
  'accounts.create': method<Account>()(s.accountsCreateInput, 'write'),
  'accounts.update': method<Account>()(s.accountsUpdateInput, 'write'),
  'accounts.archive': method<Account>()(s.byIdInput, 'write'),
  'accounts.unarchive': method<Account>()(s.byIdInput, 'write'),
  'categories.list': method<Category[]>()(s.categoriesListInput, 'read'),
  'categories.create': method<Category>()(s.categoriesCreateInput, 'write'),
  'categories.update': method<Category>()(s.categoriesUpdateInput, 'write'),
  'counterparties.list': method<Counterparty[]>()(s.counterpartiesListInput, 'read'),
  'counterparties.create': method<Counterparty>()(s.counterpartiesCreateInput, 'write'),
  'transactions.record': method<TransactionDetail>()(s.transactionsRecordInput, 'write'),
  'transactions.recent': method<Transaction[]>()(s.transactionsRecentInput, 'read'),
  'transactions.get': method<TransactionDetail>()(s.byIdInput, 'read'),
  'dashboard.summary': method<DashboardSummary>()(s.dashboardSummaryInput, 'read'),
  'ledger.verify': method<InvariantReport>()(s.emptyInput, 'read'),
  'security.status': local<SecurityStatus>()(s.emptyInput, 'public'),
  'security.setupPin': local<RecoveryCodes>()(s.securitySetupPinInput, 'public'),
  'security.unlock': local<SecurityStatus>()(s.securityUnlockInput, 'public'),
  'security.unlockBiometric': local<SecurityStatus>()(s.emptyInput, 'public'),
  'security.lock': local<SecurityStatus>()(s.emptyInput, 'public'),
  'security.activity': local<null>()(s.emptyInput, 'public'),
  'security.changePin': local<SecurityStatus>()(s.securityChangePinInput, 'write'),
  'security.setIdleTimeout': local<SecurityStatus>()(s.securitySetIdleTimeoutInput, 'write'),
  'security.setBiometric': local<SecurityStatus>()(s.securitySetBiometricInput, 'write'),
  'security.totpBegin': local<TotpEnrolment>()(s.emptyInput, 'write'),
  'security.totpConfirm': local<SecurityStatus>()(s.securityTotpConfirmInput, 'write'),
  'security.totpDisable': local<SecurityStatus>()(s.securityTotpDisableInput, 'write'),
  'security.recover': local<SecurityStatus>()(s.securityRecoverInput, 'public'),
  'security.regenerateRecoveryCodes': local<RecoveryCodes>()(s.securityPinOnlyInput, 'write'),
  'security.log': local<SecurityEventView[]>()(s.securityLogInput, 'read'),
  'payments.preview': method<PaymentPreview>()(p.paymentsPreviewInput, 'read'),
  'payments.create': local<MoneyResult>()(p.paymentsCreateInput, 'money'),
  'transfers.create': local<MoneyResult>()(p.transfersCreateInput, 'money'),
  'topups.create': local<MoneyResult>()(p.topupsCreateInput, 'money'),
  'withdrawals.create': local<MoneyResult>()(p.withdrawalsCreateInput, 'money'),
  'refunds.create': local<MoneyResult>()(p.refundsCreateInput, 'money'),
  'receipts.get': method<Receipt>()(s.byIdInput, 'read'),
  'limits.get': method<LimitsView>()(p.limitsGetInput, 'read'),
  'limits.lower': method<LimitsView>()(p.limitsLowerInput, 'write'),
  'identity.get': method<IdentityView>()(s.emptyInput, 'read'),
  'identity.verify': method<IdentityView>()(p.identityVerifyInput, 'write'),
  'risk.alerts': method<RiskAlert[]>()(p.riskAlertsInput, 'read'),
  'risk.markExpected': method<RiskAlert>()(p.riskMarkExpectedInput, 'write'),
  'promotions.list': method<Promotion[]>()(p.promotionsListInput, 'read'),
  'promotions.create': method<Promotion>()(p.promotionsCreateInput, 'write'),
  'promotions.archive': method<Promotion>()(s.byIdInput, 'write'),
  'bills.list': method<BillView[]>()(b.billsListInput, 'read'),
  'bills.create': method<Bill>()(b.billsCreateInput, 'write'),
  'bills.update': method<Bill>()(b.billsUpdateInput, 'write'),
  'bills.archive': method<Bill>()(s.byIdInput, 'write'),
  'bills.upcoming': method<BillOccurrence[]>()(b.billsUpcomingInput, 'read'),
  'bills.skip': method<BillOccurrence>()(b.billsOccurrenceInput, 'write'),
  'bills.pay': local<MoneyResult>()(b.billsPayGatewayInput, 'money'),
  'bills.history': method<BillHistory>()(b.billsHistoryInput, 'read'),
  'budgets.month': method<BudgetMonth>()(bu.budgetsMonthInput, 'read'),
  'budgets.set': method<Budget>()(bu.budgetsSetInput, 'write'),
  'budgets.remove': method<null>()(bu.budgetsRemoveInput, 'write'),
  'budgets.copyLastMonth': method<Budget[]>()(bu.budgetsCopyInput, 'write'),
  'analytics.report': method<AnalyticsReport>()(an.analyticsReportInput, 'read'),
  'analytics.transactions': method<Transaction[]>()(an.analyticsTransactionsInput, 'read'),
  'reports.monthly': method<MonthlyReport>()(an.reportsMonthlyInput, 'read'),
  'history.page': method<HistoryPage>()(h.historyPageInput, 'read'),
  'history.totals': method<HistoryTotals>()(h.historyTotalsInput, 'read'),
  'transactions.update': method<TransactionDetail>()(h.transactionsUpdateInput, 'write'),
  'statements.chunk': method<StatementChunk>()(h.statementChunkInput, 'read'),
  'backups.create': local<BackupCreated>()(bk.backupsCreateInput, 'money'),
  'backups.restore': local<BackupRestored>()(bk.backupsRestoreInput, 'money'),
  // history: files are chosen in the OS save dialog and written by main
  'statements.exportBegin': local<ExportStarted>()(ex.statementsExportBeginInput, 'read'),
  'statements.exportNext': local<ExportProgress>()(ex.exportStepInput, 'read'),
  // Public so that a lock in the middle of an export can still remove the partial file.
  'statements.exportCancel': local<ExportCancelled>()(ex.exportStepInput, 'public'),
  'reports.saveCsv': local<ReportSaved>()(ex.reportsSaveCsvInput, 'read'),
  'backups.save': local<BackupSaved>()(ex.backupsSaveInput, 'money'),
  'backups.inspect': local<BackupRestored>()(ex.backupsInspectInput, 'read'),
  // import
  'imports.check': method<ImportOutcome>()(im.importsCommitInput, 'read'),
  'imports.commit': method<ImportOutcome>()(im.importsCommitInput, 'write'),
  'imports.mappings': method<SavedMapping[]>()(s.emptyInput, 'read'),
  'imports.saveMapping': method<SavedMapping>()(im.importsSaveMappingInput, 'write'),
  // onboarding (a ledger with no PIN yet is not locked, so the steps before it can write)
  'onboarding.get': method<OnboardingState>()(s.emptyInput, 'read'),
  'onboarding.save': method<OnboardingState>()(ob.onboardingSaveInput, 'write'),
  'onboarding.advance': method<OnboardingState>()(ob.onboardingAdvanceInput, 'write'),
  'onboarding.bindCard': method<Account>()(ob.onboardingBindCardInput, 'write'),
} as const satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;

// Compile-time proof that METHOD_NAMES lists exactly the contract's methods.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const contractMatchesNames: Exact<keyof Contract, MethodName> = true;
void contractMatchesNames;

/** What a caller passes (before zod defaults and transforms). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Exclude<Contract[M]['output'], undefined>;

export type LedgerMethod = {
  [M in MethodName]: Contract[M]['target'] extends 'ledger' ? M : never;
}[MethodName];

/** The ledger as the gateway sees it: in Electron an RPC client, in dev:web the engine. */
export type LedgerApi = {
  readonly [M in LedgerMethod]: (input: ParsedInput<M>) => Promise<MethodOutput<M>>;
};
