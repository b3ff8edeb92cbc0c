import { useTranslation } from 'react-i18next';
import type { BillOccurrence, BillView } from '../../../shared/bills';
import type { PurseError } from '../../../shared/errors';
import { PageError, PageLoading } from '../../components/page-state';
import { OccurrenceRows } from './occurrence-rows';
import type { OccurrenceActions } from './use-occurrence-actions';
import { SectionCard } from '../../components/section-card';

/** What to pay now on one bill: its overdue dates and the next open one, with Pay and Skip. */
export function BillToPayCard({
  bill,
  toPay,
  today,
  actions,
  loading,
  failed,
  onRetry,
}: {
  readonly bill: BillView;
  readonly toPay: readonly BillOccurrence[];
  readonly today: string;
  readonly actions: OccurrenceActions;
  readonly loading: boolean;
  readonly failed: PurseError | null;
  readonly onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <SectionCard className="purse-bill-section" title={t('bills.detail.toPay')}>
      {failed ? (
        <PageError error={failed} onRetry={onRetry} />
      ) : loading ? (
        <PageLoading rows={2} />
      ) : (
        <OccurrenceRows
          occurrences={toPay}
          today={today}
          actions={actions}
          empty={t('bills.detail.nothingDue')}
          hideName
          aria-label={t('bills.detail.toPay')}
        />
      )}
      {bill.autopay ? (
        <p className="purse-muted purse-bill-detail__autopay">{t('bills.form.autopayHelp')}</p>
      ) : null}
    </SectionCard>
  );
}
