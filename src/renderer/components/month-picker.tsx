import { DatePicker } from 'antd';
import type { MonthKey } from '../../shared/dates';
import { dayjsToMonth, monthToDayjs } from './month-key';

/** Picks one calendar month; it cannot be cleared. */
export function MonthPicker({
  label,
  month,
  onChange,
}: {
  readonly label: string;
  readonly month: MonthKey;
  readonly onChange: (month: MonthKey) => void;
}) {
  return (
    <DatePicker
      picker="month"
      allowClear={false}
      aria-label={label}
      value={monthToDayjs(month)}
      onChange={(value) => {
        if (value) onChange(dayjsToMonth(value));
      }}
    />
  );
}
