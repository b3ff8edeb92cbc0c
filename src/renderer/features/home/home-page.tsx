import { DownOutlined, PayCircleOutlined, SwapOutlined, WalletOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../../api/use-purse-query';
import { PageHeader } from '../../components/page-header';
import { PageQueries } from '../../components/page-queries';
import { EmptyCard } from '../../components/page-state';
import { navigate } from '../../shell/use-route';
import { AccountCreateDialog } from '../accounts/account-create-dialog';
import { useAccounts } from '../accounts/use-accounts';
import { useSettings } from '../../api/use-settings';
import { AccountsCard } from './accounts-card';
import { RecentTransactions } from './recent-transactions';
import { SummaryCards } from './summary-cards';
import { useDashboard } from './use-dashboard';

/** Home: where the money is, what it did this month, and what happened last. */
export function HomePage() {
  const { t } = useTranslation();
  // The name given at first run, to greet the person by.
  const profile = usePurseQuery('onboarding.get');
  const [creating, setCreating] = useState(false);
  const dashboard = useDashboard();
  const accounts = useAccounts(true);
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const counterparties = usePurseQuery('counterparties.list');
  const defaultCurrency = useSettings().data?.defaultCurrency ?? 'CNY';
  const queries = [dashboard, accounts, categories];
  const loaded =
    dashboard.data && accounts.data && categories.data
      ? { dashboard: dashboard.data, accounts: accounts.data, categories: categories.data }
      : undefined;

  const body = (data: NonNullable<typeof loaded>) => {
    if (data.accounts.length === 0) {
      return (
        <EmptyCard
          title={t('home.emptyTitle')}
          description={t('home.emptyBody')}
          add={{ label: t('home.addFirstAccount'), onClick: () => setCreating(true) }}
        />
      );
    }
    return (
      <div className="purse-stack">
        <SummaryCards summary={data.dashboard} fallbackCurrency={defaultCurrency} />
        <AccountsCard accounts={data.accounts} onAdd={() => setCreating(true)} />
        <RecentTransactions
          transactions={data.dashboard.recent}
          accounts={data.accounts}
          categories={data.categories}
          counterparties={counterparties.data ?? []}
          emptyAction={
            <Button type="primary" onClick={() => navigate('pay')}>
              {t('home.pay')}
            </Button>
          }
        />
      </div>
    );
  };

  const hasAccounts = (accounts.data?.length ?? 0) > 0;
  return (
    <>
      <PageHeader
        title={t('home.title')}
        subtitle={
          profile.data?.displayName
            ? t('onboarding.greeting', { name: profile.data.displayName })
            : undefined
        }
        extra={
          hasAccounts ? (
            <>
              <Button
                type="primary"
                icon={<PayCircleOutlined aria-hidden />}
                onClick={() => navigate('pay')}
              >
                {t('home.pay')}
              </Button>
              <Button icon={<SwapOutlined aria-hidden />} onClick={() => navigate('transfer')}>
                {t('home.transfer')}
              </Button>
              <Button icon={<WalletOutlined aria-hidden />} onClick={() => navigate('topup')}>
                {t('home.topUp')}
              </Button>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'expense', label: t('home.recordMenuExpense') },
                    { key: 'income', label: t('home.recordMenuIncome') },
                  ],
                  onClick: ({ key }) =>
                    navigate('pay', key === 'income' ? { kind: 'income' } : { mode: 'record' }),
                }}
              >
                <Button>
                  {t('home.record')} <DownOutlined aria-hidden />
                </Button>
              </Dropdown>
            </>
          ) : null
        }
      />
      <PageQueries queries={queries} data={loaded} loadingRows={6}>
        {body}
      </PageQueries>
      <AccountCreateDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
