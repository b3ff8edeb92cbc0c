import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MONEY_OUT, type BillOccurrence } from '../../../shared/bills';
import type { CurrencyCode } from '../../../shared/currencies';
import { Money } from '../../components/money';
import { addDays, UPCOMING_DAYS } from './bill-dates';
import { OccurrenceRows } from './occurrence-rows';
import type { OccurrenceActions } from './use-occurrence-actions';

/**
 * What is to pay, per currency (a person may pay bills in more than one): bills, expenses
 * and money to contacts; income and moves between own accounts are not spending.
 */
function totals(occurrences: readonly BillOccurrence[]): [CurrencyCode, number][] {
  const sums = new Map<CurrencyCode, number>();
  for (const occurrence of occurrences) {
    if (!MONEY_OUT.has(occurrence.scheduleKind)) continue;
    sums.set(occurrence.currency, (sums.get(occurrence.currency) ?? 0) + occurrence.amount);
  }
  return [...sums];
}

interface SectionView {
  readonly id: string;
  readonly title: string;
  readonly occurrences: readonly BillOccurrence[];
  readonly tone?: 'danger' | 'warning';
  /** What an empty section says; a section without it is left out while empty. */
  readonly empty?: ReactNode;
}

function Section({
  section: { id, title, occurrences, tone, empty },
  today,
  actions,
}: {
  readonly section: SectionView;
  readonly today: string;
  readonly actions: OccurrenceActions;
}) {
  const { t } = useTranslation();
  const headingId = `purse-bills-${id}`;
  return (
    <Card
      className={`purse-card purse-bill-section${tone ? ` purse-bill-section--${tone}` : ''}`}
      title={
        <h2 className="purse-card-title">
          <span id={headingId}>{title}</span>
          <span className="purse-bill-section__count">{occurrences.length}</span>
        </h2>
      }
      extra={
        totals(occurrences).length > 0 ? (
          <span className="purse-bill-section__total">
            <span className="purse-muted">{t('bills.list.total')}</span>
            {totals(occurrences).map(([currency, sum]) => (
              <Money key={currency} minor={sum} currency={currency} strong />
            ))}
          </span>
        ) : null
      }
    >
      <section aria-labelledby={headingId}>
        <OccurrenceRows occurrences={occurrences} today={today} actions={actions} empty={empty} />
      </section>
    </Card>
  );
}

/**
 * What needs doing: Overdue (unpaid, past due), Due today, and Upcoming (the next 30 days).
 * Paid and skipped occurrences have nothing left to do and are not listed here.
 */
export function BillSections({
  occurrences,
  today,
  actions,
}: {
  readonly occurrences: readonly BillOccurrence[];
  readonly today: string;
  readonly actions: OccurrenceActions;
}) {
  const { t } = useTranslation();
  const last = addDays(today, UPCOMING_DAYS);
  const overdue = occurrences.filter((o) => o.status === 'overdue');
  const dueToday = occurrences.filter((o) => o.status === 'due');
  const upcoming = occurrences.filter(
    (o) => o.status === 'upcoming' && o.dueDate > today && o.dueDate <= last,
  );
  // Overdue and Due today show only when they hold something; Upcoming always does.
  const sections: readonly SectionView[] = [
    { id: 'overdue', title: t('bills.list.overdue'), occurrences: overdue, tone: 'danger' },
    { id: 'today', title: t('bills.list.dueToday'), occurrences: dueToday, tone: 'warning' },
    {
      id: 'upcoming',
      title: t('bills.list.upcoming'),
      occurrences: upcoming,
      empty: t('bills.list.upcomingEmpty'),
    },
  ];
  return (
    <>
      {sections
        .filter((section) => section.occurrences.length > 0 || section.empty !== undefined)
        .map((section) => (
          <Section key={section.id} section={section} today={today} actions={actions} />
        ))}
    </>
  );
}
