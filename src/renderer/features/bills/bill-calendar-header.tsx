import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBillDates } from './bill-format';

/** The month shown, the arrows to the months either side, and back to today. */
export function BillCalendarHeader({
  monthStart,
  isToday,
  loading,
  onMoveMonth,
  onToday,
}: {
  readonly monthStart: string;
  /** Today is the day selected already. */
  readonly isToday: boolean;
  readonly loading: boolean;
  readonly onMoveMonth: (delta: number) => void;
  readonly onToday: () => void;
}) {
  const { t } = useTranslation();
  const dates = useBillDates();
  return (
    <div className="purse-bill-calendar__header">
      <Button
        icon={<LeftOutlined aria-hidden />}
        aria-label={t('bills.calendar.previous')}
        onClick={() => onMoveMonth(-1)}
      />
      <h2 className="purse-bill-calendar__month" aria-live="polite">
        {dates.date(monthStart, 'month')}
      </h2>
      <Button
        icon={<RightOutlined aria-hidden />}
        aria-label={t('bills.calendar.next')}
        onClick={() => onMoveMonth(1)}
      />
      <Button onClick={onToday} disabled={isToday}>
        {t('bills.calendar.today')}
      </Button>
      {loading ? (
        <span className="purse-muted" role="status">
          {t('common.loading')}
        </span>
      ) : null}
    </div>
  );
}
