import { Calendar, Card } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccurrenceStatus } from '../../../shared/bills';
import { PageError } from '../../components/page-state';
import { BillCalendarHeader } from './bill-calendar-header';
import { BillDayChips } from './bill-day-chips';
import { BillDayPanel } from './bill-day-panel';
import type { OccurrenceActions } from './use-occurrence-actions';
import { useMonthOccurrencesByDay } from './use-occurrences-by-day';

const KEY_FORMAT = 'YYYY-MM-DD';
const STATUSES: readonly OccurrenceStatus[] = ['upcoming', 'due', 'overdue', 'paid', 'skipped'];

export interface BillCalendarProps {
  readonly today: string;
  readonly actions: OccurrenceActions;
}

/**
 * A month of bills: each day shows its bills coloured by status; the month moves with the
 * arrows; a day (or one of its bills) opens that day's list below, with Pay and Skip.
 */
export function BillCalendar({ today, actions }: BillCalendarProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Dayjs>(() => dayjs(today));
  const dayHeading = useRef<HTMLHeadingElement>(null);
  const monthStart = selected.startOf('month').format(KEY_FORMAT);
  const { query, byDay } = useMonthOccurrencesByDay(monthStart);
  const selectedKey = selected.format(KEY_FORMAT);

  const moveMonth = (delta: number) => {
    const target = selected.add(delta, 'month').startOf('month');
    // Back in this month: select today again.
    setSelected(target.isSame(dayjs(today), 'month') ? dayjs(today) : target);
  };

  const openDay = (key: string) => {
    setSelected(dayjs(key));
    window.setTimeout(() => dayHeading.current?.focus(), 0);
  };

  return (
    <div className="purse-stack">
      <Card className="purse-card purse-bill-calendar">
        {query.error ? (
          <PageError error={query.error} onRetry={() => void query.refetch()} />
        ) : null}
        <Calendar
          value={selected}
          onSelect={(date) => setSelected(date)}
          headerRender={() => (
            <BillCalendarHeader
              monthStart={monthStart}
              isToday={selected.isSame(dayjs(today), 'day')}
              loading={query.isFetching && !query.data}
              onMoveMonth={moveMonth}
              onToday={() => setSelected(dayjs(today))}
            />
          )}
          cellRender={(date, info) => {
            if (info.type !== 'date') return info.originNode;
            const key = date.format(KEY_FORMAT);
            const list = byDay.get(key) ?? [];
            if (list.length === 0) return null;
            return <BillDayChips occurrences={list} onOpen={() => openDay(key)} />;
          }}
        />
        <ul className="purse-cal-legend" aria-label={t('bills.calendar.legend')}>
          {STATUSES.map((status) => (
            <li key={status}>
              <span className={`purse-cal-swatch purse-cal-chip--${status}`} aria-hidden />
              {t(`bills.status.${status}`)}
            </li>
          ))}
        </ul>
      </Card>
      <BillDayPanel
        day={selectedKey}
        occurrences={byDay.get(selectedKey) ?? []}
        today={today}
        actions={actions}
        headingRef={dayHeading}
      />
    </div>
  );
}
