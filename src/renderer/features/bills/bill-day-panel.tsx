import { Card } from 'antd';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillOccurrence } from '../../../shared/bills';
import { useBillDates } from './bill-format';
import { OccurrenceRows } from './occurrence-rows';
import type { OccurrenceActions } from './use-occurrence-actions';

export interface BillDayPanelProps {
  /** The day chosen on the calendar (YYYY-MM-DD). */
  readonly day: string;
  readonly occurrences: readonly BillOccurrence[];
  readonly today: string;
  readonly actions: OccurrenceActions;
  /** The panel's heading, focused when a day is opened from the calendar. */
  readonly headingRef: Ref<HTMLHeadingElement>;
}

/** Below the calendar: the bills due on the chosen day, with Pay and Skip. */
export function BillDayPanel({ day, occurrences, today, actions, headingRef }: BillDayPanelProps) {
  const { t } = useTranslation();
  const dates = useBillDates();
  return (
    <Card
      className="purse-card purse-bill-section"
      title={
        <h2 className="purse-card-title" ref={headingRef} tabIndex={-1} id="purse-bills-day">
          {t('bills.calendar.dayTitle', { date: dates.date(day, 'long') })}
        </h2>
      }
    >
      <OccurrenceRows
        occurrences={occurrences}
        today={today}
        actions={actions}
        empty={t('bills.calendar.dayEmpty')}
        aria-labelledby="purse-bills-day"
      />
    </Card>
  );
}
