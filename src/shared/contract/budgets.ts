import type { AnalyticsReport, MonthlyReport } from '../analytics';
import type { Budget, BudgetMonth } from '../budgets';
import type { Transaction } from '../domain';
import type { ReportSaved } from '../exports';
import * as an from '../analytics';
import * as bu from '../budgets';
import * as ex from '../exports';
import { read, write } from './define';

/** Budgets, analytics and the monthly report. */
export const budgetsMethods = {
  'budgets.month': read<BudgetMonth>()('ledger', bu.budgetsMonthInput),
  // A budget changes its month's lines, what later months carry, and budget vs actual.
  'budgets.set': write<Budget>()('ledger', bu.budgetsSetInput, {
    stale: ['budgets.month', 'analytics.report', 'reports.monthly'],
  }),
  'budgets.remove': write<null>()('ledger', bu.budgetsRemoveInput, {
    stale: ['budgets.month', 'analytics.report', 'reports.monthly'],
  }),
  'budgets.copyLastMonth': write<Budget[]>()('ledger', bu.budgetsCopyInput, {
    stale: ['budgets.month', 'analytics.report', 'reports.monthly'],
  }),
  'analytics.report': read<AnalyticsReport>()('ledger', an.analyticsReportInput),
  'analytics.transactions': read<Transaction[]>()('ledger', an.analyticsTransactionsInput),
  'reports.monthly': read<MonthlyReport>()('ledger', an.reportsMonthlyInput),
  'reports.saveCsv': write<ReportSaved>()('gateway', ex.reportsSaveCsvInput, { stale: [] }),
} as const;
