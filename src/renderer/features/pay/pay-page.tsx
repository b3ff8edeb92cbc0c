import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryKind, TransactionDetail } from '../../../shared/domain';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-state';
import { navigate } from '../../shell/use-route';
import { useAccounts } from '../accounts/use-accounts';
import { EntryForm } from '../record/entry-form';
import { NeedsAccount } from '../record/needs-account';
import { RecordResult } from '../record/record-result';

/** Pay: record money spent, or (switch at the top) money received. */
export function PayPage({ kind }: { readonly kind: CategoryKind }) {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const [recorded, setRecorded] = useState<TransactionDetail | null>(null);

  const body = () => {
    if (accounts.isError)
      return <PageError error={accounts.error} onRetry={() => void accounts.refetch()} />;
    if (!accounts.data) return <PageLoading />;
    if (recorded) {
      return (
        <Card className="purse-card purse-form-card">
          <RecordResult
            detail={recorded}
            accounts={accounts.data}
            onAnother={() => setRecorded(null)}
          />
        </Card>
      );
    }
    if (accounts.data.length === 0) {
      return (
        <NeedsAccount title={t('record.noAccountTitle')} description={t('record.noAccount')} />
      );
    }
    return (
      <Card className="purse-card purse-form-card">
        <Segmented<CategoryKind>
          block
          className="purse-kind-switch"
          value={kind}
          onChange={(next) => navigate('pay', next === 'income' ? { kind: 'income' } : undefined)}
          options={[
            { value: 'expense', label: t('record.expense') },
            { value: 'income', label: t('record.income') },
          ]}
        />
        <EntryForm key={kind} kind={kind} accounts={accounts.data} onRecorded={setRecorded} />
      </Card>
    );
  };

  return (
    <>
      <PageHeader title={t('nav.pay')} subtitle={t('record.paySubtitle')} />
      {body()}
    </>
  );
}
