import { useTranslation } from 'react-i18next';
import { NotBuilt } from '../components/not-built';
import { PageHeader } from '../components/page-header';
import { AnalyticsPage } from '../features/analytics/analytics-page';
import { BillsPage } from '../features/bills/bills-page';
import { BudgetsPage } from '../features/budgets/budgets-page';
import { HomePage } from '../features/home/home-page';
import { ImportPage } from '../features/import/import-page';
import { PayPage } from '../features/pay/pay-page';
import { CouponsPage } from '../features/promotions/coupons-page';
import { ReceiptPage } from '../features/receipts/receipt-page';
import { SecurityPage } from '../features/security/security-page';
import { SettingsPage } from '../features/settings/settings-page';
import { TopupPage } from '../features/topup/topup-page';
import { TransferPage } from '../features/transfer/transfer-page';
import type { Route } from './routes';

/** The screen for the current route; areas without a screen say so plainly. */
export function AreaView({ route }: { readonly route: Route }) {
  const { t } = useTranslation();
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
      return <ReceiptPage key={route.params.get('id')} id={route.params.get('id')} />;
    case 'security':
      return <SecurityPage tab={route.params.get('tab')} />;
    case 'bills':
      return <BillsPage path={route.path} params={route.params} />;
    case 'settings':
      return <SettingsPage />;
    case 'budgets':
      return <BudgetsPage />;
    case 'import':
      return <ImportPage />;
    case 'analytics':
      return <AnalyticsPage path={route.path} />;
    default:
      return (
        <>
          <PageHeader title={t(`nav.${route.area}`)} />
          <NotBuilt />
        </>
      );
  }
}
