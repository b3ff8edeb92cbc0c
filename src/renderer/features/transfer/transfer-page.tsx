import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransactionDetail } from '../../../shared/domain';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-state';
import { useAccounts } from '../accounts/use-accounts';
import { NeedsAccount } from '../record/needs-account';
import { RecordResult } from '../record/record-result';
import { TransferForm } from './transfer-form';

/** Transfer: move money between two of the person's own accounts. */
export function TransferPage() {
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
    if (accounts.data.length < 2) {
      return (
        <NeedsAccount title={t('transfer.needTwoTitle')} description={t('transfer.needTwo')} />
      );
    }
    return (
      <Card className="purse-card purse-form-card">
        <TransferForm accounts={accounts.data} onRecorded={setRecorded} />
      </Card>
    );
  };

  return (
    <>
      <PageHeader title={t('nav.transfer')} subtitle={t('transfer.subtitle')} />
      {body()}
    </>
  );
}
