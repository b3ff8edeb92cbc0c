import type { DashboardSummary, InvariantReport, Transaction, TransactionDetail } from '../domain';
import * as s from '../schemas';
import { read, write } from './define';
import { MOVEMENT_VIEWS } from './views';

/** Recording transactions, the dashboard, and the ledger's own check. */
export const ledgerMethods = {
  'transactions.record': write<TransactionDetail>()('ledger', s.transactionsRecordInput, {
    stale: MOVEMENT_VIEWS,
  }),
  'transactions.recent': read<Transaction[]>()('ledger', s.transactionsRecentInput),
  'transactions.get': read<TransactionDetail>()('ledger', s.byIdInput),
  'dashboard.summary': read<DashboardSummary>()('ledger', s.dashboardSummaryInput),
  // Reads every posting: run when asked (Settings, the daily job), never cached.
  'ledger.verify': read<InvariantReport>()('ledger', s.emptyInput, { uncached: true }),
} as const;
