import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MoneyResult } from '../../../shared/payments';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-state';
import { navigate } from '../../shell/use-route';
import { useAccounts } from '../accounts/use-accounts';
import { NeedsAccount } from '../accounts/needs-account';
import { MoneyDonePage } from '../money/money-done';
import { MoneyModeSwitch } from '../money/money-form-parts';
import { AccountTransferForm } from './account-transfer-form';
import { ContactTransferForm } from './contact-transfer-form';
import { transferDoneView } from './transfer-done-view';

type TransferMode = 'contact' | 'accounts';

/** Transfer: send money to a person, or move it between your own accounts (`?to=accounts`). */
export function TransferPage({ params }: { readonly params: URLSearchParams }) {
  const { t } = useTranslation();
  const mode: TransferMode = params.get('to') === 'accounts' ? 'accounts' : 'contact';
  const accounts = useAccounts();
  // The success page lives in the address (#/transfer?sent=<id>), like Pay's.
  const sentId = params.get('sent');

  const body = () => {
    if (accounts.isError)
      return <PageError error={accounts.error} onRetry={() => void accounts.refetch()} />;
    if (!accounts.data) return <PageLoading />;
    if (sentId) {
      return (
        <MoneyDonePage
          transactionId={sentId}
          onDone={() => navigate('home')}
          describe={transferDoneView}
        />
      );
    }
    if (accounts.data.length === 0) {
      return (
        <NeedsAccount title={t('record.noAccountTitle')} description={t('transfer.needOne')} />
      );
    }
    const onSent = (result: MoneyResult) =>
      navigate('transfer', {
        ...(mode === 'accounts' ? { to: 'accounts' } : {}),
        sent: result.transaction.id,
      });
    return (
      <Card className="purse-card purse-form-card">
        <MoneyModeSwitch<TransferMode>
          label={t('transfer.modeLabel')}
          value={mode}
          onChange={(next) =>
            navigate('transfer', next === 'accounts' ? { to: 'accounts' } : undefined)
          }
          options={[
            { value: 'contact', label: t('transfer.modeContact') },
            { value: 'accounts', label: t('transfer.modeAccounts') },
          ]}
        />
        {mode === 'contact' ? (
          <ContactTransferForm accounts={accounts.data} onSent={onSent} />
        ) : accounts.data.length < 2 ? (
          <NeedsAccount title={t('transfer.needTwoTitle')} description={t('transfer.needTwo')} />
        ) : (
          <AccountTransferForm accounts={accounts.data} onSent={onSent} />
        )}
      </Card>
    );
  };

  return (
    <>
      <PageHeader
        title={t('nav.transfer')}
        subtitle={mode === 'contact' ? t('transfer.subtitleContact') : t('transfer.subtitle')}
      />
      {body()}
    </>
  );
}
