import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Calendar, Card } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillOccurrence, OccurrenceStatus } from '../../../shared/bills';
import { formatMoney } from '../../../shared/money';
import { PageError } from '../../components/page-state';
import { useFormattingLocale } from '../../i18n/use-locale';
import { addDays } from './bill-dates';
import { useBillDates } from './bill-format';
import { OccurrenceRows } from './occurrence-rows';
import { useOccurrences } from './use-bills';
import type { OccurrenceActions } from './use-occurrence-actions';

const KEY_FORMAT = 'YYYY-MM-DD';
const MAX_CHIPS = 3;
const STATUSES: readonly OccurrenceStatus[] = ['upcoming', 'due', 'overdue', 'paid', 'skipped'];

/**
 * A month of bills: each day shows its bills coloured by status; the month moves with the
 * arrows; a day (or one of its bills) opens that day's list below, with Pay and Skip.
 */
export function BillCalendar({
  today,
  actions,
}: {
  readonly today: string;
  readonly actions: OccurrenceActions;
}) {
  const { t } = useTranslation();
  const dates = useBillDates();
  const locale = useFormattingLocale();
  const [selected, setSelected] = useState<Dayjs>(() => dayjs(today));
  const dayPanel = useRef<HTMLHeadingElement>(null);
  const monthStart = selected.startOf('month').format(KEY_FORMAT);
  // The grid shows up to a week either side of the month: read those days too.
  const query = useOccurrences(addDays(monthStart, -7), 7 + 42 + 7);
  const byDay = useMemo(() => {
    const map = new Map<string, BillOccurrence[]>();
    for (const occurrence of query.data ?? []) {
      const list = map.get(occurrence.dueDate) ?? [];
      list.push(occurrence);
      map.set(occurrence.dueDate, list);
    }
    return map;
  }, [query.data]);
  const selectedKey = selected.format(KEY_FORMAT);
  const ofSelectedDay = byDay.get(selectedKey) ?? [];

  const moveMonth = (delta: number) => {
    const target = selected.add(delta, 'month').startOf('month');
    // Back in this month: select today again.
    setSelected(target.isSame(dayjs(today), 'month') ? dayjs(today) : target);
  };

  const openDay = (key: string) => {
    setSelected(dayjs(key));
    window.setTimeout(() => dayPanel.current?.focus(), 0);
  };

  const statusLabel = (status: OccurrenceStatus) => t(`bills.status.${status}`);

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
            <div className="purse-bill-calendar__header">
              <Button
                icon={<LeftOutlined aria-hidden />}
                aria-label={t('bills.calendar.previous')}
                onClick={() => moveMonth(-1)}
              />
              <h2 className="purse-bill-calendar__month" aria-live="polite">
                {dates.date(monthStart, 'month')}
              </h2>
              <Button
                icon={<RightOutlined aria-hidden />}
                aria-label={t('bills.calendar.next')}
                onClick={() => moveMonth(1)}
              />
              <Button
                onClick={() => setSelected(dayjs(today))}
                disabled={selected.isSame(dayjs(today), 'day')}
              >
                {t('bills.calendar.today')}
              </Button>
              {query.isFetching && !query.data ? (
                <span className="purse-muted" role="status">
                  {t('common.loading')}
                </span>
              ) : null}
            </div>
          )}
          cellRender={(date, info) => {
            if (info.type !== 'date') return info.originNode;
            const key = date.format(KEY_FORMAT);
            const list = byDay.get(key) ?? [];
            if (list.length === 0) return null;
            return (
              <ul className="purse-cal-chips">
                {list.slice(0, MAX_CHIPS).map((occurrence) => {
                  const amount = formatMoney(occurrence.amount, occurrence.currency, locale);
                  const label = t('bills.calendar.chipLabel', {
                    name: occurrence.billName,
                    amount,
                    status: statusLabel(occurrence.status),
                  });
                  return (
                    <li key={occurrence.billId}>
                      <button
                        type="button"
                        className={`purse-cal-chip purse-cal-chip--${occurrence.status}`}
                        aria-label={label}
                        title={label}
                        onClick={(event) => {
                          event.stopPropagation();
                          openDay(key);
                        }}
                      >
                        {occurrence.billName}
                      </button>
                    </li>
                  );
                })}
                {list.length > MAX_CHIPS ? (
                  <li className="purse-cal-more">
                    {t('bills.calendar.more', { count: list.length - MAX_CHIPS })}
                  </li>
                ) : null}
              </ul>
            );
          }}
        />
        <ul className="purse-cal-legend" aria-label={t('bills.calendar.legend')}>
          {STATUSES.map((status) => (
            <li key={status}>
              <span className={`purse-cal-swatch purse-cal-chip--${status}`} aria-hidden />
              {statusLabel(status)}
            </li>
          ))}
        </ul>
      </Card>
      <Card
        className="purse-card purse-bill-section"
        title={
          <h2 className="purse-card-title" ref={dayPanel} tabIndex={-1} id="purse-bills-day">
            {t('bills.calendar.dayTitle', { date: dates.date(selectedKey, 'long') })}
          </h2>
        }
      >
        <OccurrenceRows
          occurrences={ofSelectedDay}
          today={today}
          actions={actions}
          empty={t('bills.calendar.dayEmpty')}
          aria-labelledby="purse-bills-day"
        />
      </Card>
    </div>
  );
}
