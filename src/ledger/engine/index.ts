import type { LedgerApi } from '../../shared/contract';
import { newId } from '../../shared/ids';
import {
  addAttachment,
  getAttachment,
  listAttachments,
  removeAttachment,
} from './attachments/attachments';
import { listAccounts, createAccount, updateAccount, setAccountArchived } from './accounts';
import { listCategories, createCategory, updateCategory } from './categories';
import type { EngineContext } from './context';
import { createCounterparty, listCounterparties } from './counterparties';
import { dashboardSummary } from './dashboard';
import { verifyInvariants } from './invariants';
import { historyPage, historyTotals } from './history/history';
import { bulkUpdate } from './corrections/bulk-edit';
import { deleteTransaction } from './corrections/delete-transaction';
import { updateTransaction } from './corrections/edit-transaction';
import { knownTags, tagFigures } from './corrections/tags';
import { transactionChanges } from './corrections/transaction-changes';
import { undoState } from './corrections/undo';
import { UndoStack } from './corrections/undo-stack';
import { clearTransactions } from './reconcile/clear';
import { forecastAccounts } from './forecast/forecast';
import { postOccurrence } from './bills/post-occurrence';
import { reconcileAccount, reconcileState } from './reconcile/reconcile';
import { listRules, removeRule, reorderRules, saveRule } from './rules/rules';
import { applyRule, previewRule } from './rules/apply-rule';
import { listGoals, removeGoal, saveGoal } from './goals/goals';
import { statementChunk } from './history/statement';
import { checkImport, commitImport, listMappings, saveMapping } from './import/imports';
import { analyticsReport, analyticsTransactions } from './analytics/analytics';
import { monthlyReport } from './analytics/monthly-report';
import { budgetMonth, copyLastMonth, removeBudget, setBudget } from './budgets/budgets';
import {
  archiveBill,
  billHistory,
  createBill,
  listBills,
  skipOccurrence,
  updateBill,
  upcomingBills,
} from './bills/bills';
import {
  archivePromotion,
  createPromotion,
  getIdentity,
  getLimits,
  getReceipt,
  listPromotions,
  listRiskAlerts,
  markRiskExpected,
  previewPayment,
} from './money/money-queries';
import { dismissInbox, listInbox, markInboxRead } from './inbox/inbox';
import { getSettings, updateSettings } from './settings';
import { advanceOnboarding, bindCard, getOnboarding, saveOnboarding } from './onboarding';
import { getTransaction, recentTransactions, recordTransaction } from './transactions';

/** The ledger engine: every LedgerApi method as a function over one Dexie database. */
export function createLedgerEngine(
  ctx: EngineContext,
  /** The corrections' queue and undo stack, shared with the internal methods (voids, steps). */
  undo: UndoStack = new UndoStack(),
): LedgerApi {
  return {
    'settings.get': () => getSettings(ctx),
    'settings.update': (input) => updateSettings(ctx, input),
    'accounts.list': (input) => listAccounts(ctx, input),
    'accounts.create': (input) => createAccount(ctx, input),
    'accounts.update': (input) => updateAccount(ctx, input),
    'accounts.archive': (input) => setAccountArchived(ctx, input.id, true),
    'accounts.unarchive': (input) => setAccountArchived(ctx, input.id, false),
    'categories.list': (input) => listCategories(ctx, input),
    'categories.create': (input) => createCategory(ctx, input),
    'categories.update': (input) => updateCategory(ctx, input),
    'counterparties.list': (input) => listCounterparties(ctx, input),
    'counterparties.create': (input) => createCounterparty(ctx, input),
    'transactions.record': (input) => recordTransaction(ctx, input),
    'transactions.recent': (input) => recentTransactions(ctx, input),
    'transactions.get': (input) => getTransaction(ctx, input),
    'dashboard.summary': (input) => dashboardSummary(ctx, input),
    'ledger.verify': () => verifyInvariants(ctx.db),
    'payments.preview': (input) => previewPayment(ctx, input),
    'receipts.get': (input) => getReceipt(ctx, input.id),
    'limits.get': (input) => getLimits(ctx, input),
    'identity.get': () => getIdentity(ctx),
    'risk.alerts': (input) => listRiskAlerts(ctx, input),
    'risk.markExpected': (input) => markRiskExpected(ctx, input),
    'promotions.list': (input) => listPromotions(ctx, input),
    'promotions.create': (input) => createPromotion(ctx, input),
    'promotions.archive': (input) => archivePromotion(ctx, input.id),
    'bills.list': (input) => listBills(ctx, input),
    'bills.create': (input) => createBill(ctx, input),
    'bills.update': (input) => updateBill(ctx, input),
    'bills.archive': (input) => archiveBill(ctx, input.id),
    'bills.upcoming': (input) => upcomingBills(ctx, input),
    'bills.skip': (input) => skipOccurrence(ctx, input),
    'bills.record': (input) =>
      postOccurrence(ctx, { ...input, requestId: newId(), stepUpPassed: false }, false),
    'bills.history': (input) => billHistory(ctx, input),
    'budgets.month': (input) => budgetMonth(ctx, input),
    'budgets.set': (input) => setBudget(ctx, input),
    'budgets.remove': (input) => removeBudget(ctx, input),
    'budgets.copyLastMonth': (input) => copyLastMonth(ctx, input),
    'analytics.report': (input) => analyticsReport(ctx, input),
    'analytics.transactions': (input) => analyticsTransactions(ctx, input),
    'reports.monthly': (input) => monthlyReport(ctx, input),
    'history.page': (input) => historyPage(ctx, input),
    'history.totals': (input) => historyTotals(ctx, input),
    'transactions.update': (input) => updateTransaction(ctx, undo, input),
    'transactions.clear': (input) => clearTransactions(ctx, undo, input),
    'accounts.reconcileState': (input) => reconcileState(ctx, input),
    'accounts.reconcile': (input) => reconcileAccount(ctx, undo, input),
    'rules.list': () => listRules(ctx),
    'rules.save': (input) => saveRule(ctx, input),
    'rules.remove': (input) => removeRule(ctx, input.id),
    'rules.reorder': (input) => reorderRules(ctx, input),
    'rules.preview': (input) => previewRule(ctx, input),
    'rules.apply': (input) => applyRule(ctx, undo, input),
    'goals.list': () => listGoals(ctx),
    'goals.save': (input) => saveGoal(ctx, input),
    'goals.remove': (input) => removeGoal(ctx, input.id),
    'forecast.accounts': (input) => forecastAccounts(ctx, input),
    'transactions.delete': (input) => deleteTransaction(ctx, undo, input),
    'transactions.bulkUpdate': (input) => bulkUpdate(ctx, undo, input),
    'transactions.changes': (input) => transactionChanges(ctx, input.id),
    'tags.list': () => knownTags(ctx),
    'analytics.tags': (input) => tagFigures(ctx, input),
    'ledger.undoState': () => undoState(ctx, undo),
    'attachments.add': (input) => addAttachment(ctx, input),
    'attachments.list': (input) => listAttachments(ctx, input),
    'attachments.get': (input) => getAttachment(ctx, input),
    'attachments.remove': (input) => removeAttachment(ctx, input),
    'statements.chunk': (input) => statementChunk(ctx, input),
    'imports.check': (input) => checkImport(ctx, input),
    'imports.commit': (input) => commitImport(ctx, input, undo),
    'imports.mappings': () => listMappings(ctx),
    'imports.saveMapping': (input) => saveMapping(ctx, input),
    'inbox.list': (input) => listInbox(ctx, input),
    'inbox.markRead': (input) => markInboxRead(ctx, input),
    'inbox.dismiss': (input) => dismissInbox(ctx, input),
    // onboarding
    'onboarding.get': () => getOnboarding(ctx),
    'onboarding.save': (input) => saveOnboarding(ctx, input),
    'onboarding.advance': (input) => advanceOnboarding(ctx, input),
    'onboarding.bindCard': (input) => bindCard(ctx, input),
  };
}
