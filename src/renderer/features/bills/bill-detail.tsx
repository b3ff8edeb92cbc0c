import { Alert, Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BillView } from '../../../shared/bills';
import { PageHeader } from '../../components/page-header';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { navigate } from '../../shell/use-route';
import { BillComingCard } from './bill-coming-card';
import { BackButton, BillDetailHeader } from './bill-detail-header';
import { BillDetailsCard } from './bill-details-card';
import { BillHistory } from './bill-history';
import { BillToPayCard } from './bill-to-pay-card';
import { useBillDatesAhead } from './use-bill-dates-ahead';
import { useBills, useToday } from './use-bills';
import { useOccurrenceActions } from './use-occurrence-actions';

/** One bill (`#/bills/<id>`): what to pay now, its schedule and details, and its history. */
export function BillDetail({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const bills = useBills();
  const bill = bills.data?.find((candidate) => candidate.id === id);

  if (bills.error) {
    return (
      <>
        <PageHeader title={t('bills.detail.title')} extra={<BackButton />} />
        <PageError error={bills.error} onRetry={() => void bills.refetch()} />
      </>
    );
  }
  if (!bills.data) {
    return (
      <>
        <PageHeader title={t('bills.detail.title')} extra={<BackButton />} />
        <PageLoading rows={8} />
      </>
    );
  }
  if (!bill) {
    return (
      <>
        <PageHeader title={t('bills.detail.title')} extra={<BackButton />} />
        <Card className="purse-card">
          <PageEmpty
            title={t('bills.detail.notFoundTitle')}
            description={t('bills.detail.notFound')}
            action={
              <Button type="primary" onClick={() => navigate('bills')}>
                {t('bills.detail.back')}
              </Button>
            }
          />
        </Card>
      </>
    );
  }
  return <BillDetailBody bill={bill} />;
}

/** The bill's header, what to pay now, its details, the dates coming, and its history. */
function BillDetailBody({ bill }: { readonly bill: BillView }) {
  const { t } = useTranslation();
  const today = useToday();
  const actions = useOccurrenceActions();
  const ahead = useBillDatesAhead(bill, today);
  return (
    <>
      <BillDetailHeader bill={bill} />
      <div className="purse-stack">
        {bill.archived ? (
          <Alert type="info" showIcon title={t('bills.detail.archivedNote')} />
        ) : (
          <BillToPayCard
            bill={bill}
            toPay={ahead.toPay}
            today={today}
            actions={actions}
            loading={ahead.loading}
            failed={ahead.failed}
            onRetry={ahead.retry}
          />
        )}
        <div className="purse-bill-detail__grid">
          <BillDetailsCard bill={bill} />
          {bill.archived ? null : (
            <BillComingCard later={ahead.later} today={today} loading={ahead.loading} />
          )}
        </div>
        <BillHistory bill={bill} />
      </div>
      {actions.sheet}
    </>
  );
}
