import { useTranslation } from 'react-i18next';
import { NotBuilt } from '../components/not-built';
import { PageHeader } from '../components/page-header';
import { HomePage } from '../features/home/home-page';
import { PayPage } from '../features/pay/pay-page';
import { SettingsPage } from '../features/settings/settings-page';
import { TransferPage } from '../features/transfer/transfer-page';
import type { Route } from './routes';

/** The screen for the current route; areas without a screen say so plainly. */
export function AreaView({ route }: { readonly route: Route }) {
  const { t } = useTranslation();
  switch (route.area) {
    case 'home':
      return <HomePage />;
    case 'pay':
      return <PayPage kind={route.params.get('kind') === 'income' ? 'income' : 'expense'} />;
    case 'transfer':
      return <TransferPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return (
        <>
          <PageHeader title={t(`nav.${route.area}`)} />
          <NotBuilt />
        </>
      );
  }
}
