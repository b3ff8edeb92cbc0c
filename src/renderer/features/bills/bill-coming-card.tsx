import { useTranslation } from 'react-i18next';
import type { BillOccurrence } from '../../../shared/bills';
import { useBillDates } from './bill-format';
import { OccurrenceStatusTag } from './occurrence-row';
import { SectionCard } from '../../components/section-card';

/** The bill's dates after the next one: when, and how far off (or paid, skipped ahead). */
export function BillComingCard({
  later,
  today,
  loading,
}: {
  readonly later: readonly BillOccurrence[];
  readonly today: string;
  readonly loading: boolean;
}) {
  const { t } = useTranslation();
  const dates = useBillDates();
  return (
    <SectionCard className="purse-bill-section" title={t('bills.detail.coming')}>
      {later.length === 0 ? (
        <p className="purse-muted purse-bill-section__empty">
          {loading ? t('common.loading') : t('bills.detail.noMoreDates')}
        </p>
      ) : (
        <ol className="purse-bill-dates" aria-label={t('bills.detail.coming')}>
          {later.map((occurrence) => (
            <li key={occurrence.dueDate}>
              <time dateTime={occurrence.dueDate}>{dates.date(occurrence.dueDate, 'long')}</time>
              <span className="purse-muted">
                {occurrence.status === 'upcoming' ? (
                  dates.relative(occurrence.dueDate, today)
                ) : (
                  <OccurrenceStatusTag occurrence={occurrence} today={today} />
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </SectionCard>
  );
}
