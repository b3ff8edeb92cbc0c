import { AnalyticsPage } from '../features/analytics/analytics-page';
import { BillsPage } from '../features/bills/bills-page';
import { BudgetsPage } from '../features/budgets/budgets-page';
import { GoalsPage } from '../features/goals/goals-page';
import { HelpPage } from '../features/help/help-page';
import { HistoryPage } from '../features/history/history-page';
import { HomePage } from '../features/home/home-page';
import { ImportPage } from '../features/import/import-page';
import { InboxPage } from '../features/inbox/inbox-page';
import { PayPage } from '../features/pay/pay-page';
import { CouponsPage } from '../features/promotions/coupons-page';
import { ReceiptPage } from '../features/receipts/receipt-page';
import { ReconcilePage } from '../features/reconcile/reconcile-page';
import { RulesPage } from '../features/rules/rules-page';
import { SecurityPage } from '../features/security/security-page';
import { SettingsPage } from '../features/settings/settings-page';
import { TopupPage } from '../features/topup/topup-page';
import { TransferPage } from '../features/transfer/transfer-page';
import type { Route } from './routes';

/** The screen for the current route; every area has one. */
export function AreaView({ route }: { readonly route: Route }) {
  switch (route.area) {
    case 'home':
      return <HomePage />;
    case 'pay':
      return <PayPage params={route.params} />;
    case 'transfer':
      return <TransferPage params={route.params} />;
    case 'topup':
      return <TopupPage params={route.params} />;
    case 'coupons':
      return <CouponsPage />;
    case 'receipt':
      return (
        <ReceiptPage
          key={route.params.get('id')}
          id={route.params.get('id')}
          startRefund={route.params.get('refund') === '1'}
        />
      );
    case 'reconcile':
      return <ReconcilePage accountId={route.params.get('account')} />;
    case 'security':
      return <SecurityPage tab={route.params.get('tab')} />;
    case 'bills':
      return <BillsPage path={route.path} params={route.params} />;
    case 'settings':
      return <SettingsPage />;
    case 'budgets':
      return <BudgetsPage month={route.params.get('month')} />;
    case 'import':
      return <ImportPage />;
    case 'inbox':
      return <InboxPage />;
    case 'goals':
      return <GoalsPage />;
    case 'rules':
      return <RulesPage params={route.params} />;
    case 'analytics':
      return <AnalyticsPage path={route.path} />;
    case 'help':
      return <HelpPage key={route.params.get('topic')} params={route.params} />;
    case 'history':
      return <HistoryPage params={route.params} />;
  }
}
