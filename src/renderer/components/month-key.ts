import dayjs, { type Dayjs } from 'dayjs';
import { monthKeyOf, systemTimeZone, type MonthKey } from '../../shared/dates';

/** This month, in the person's own time zone. */
export function thisMonth(): MonthKey {
  return monthKeyOf(Date.now(), systemTimeZone());
}

export function isMonthKey(value: string | undefined): value is MonthKey {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function monthToDayjs(month: MonthKey): Dayjs {
  return dayjs(`${month}-01`);
}

export function dayjsToMonth(value: Dayjs): MonthKey {
  return value.format('YYYY-MM');
}
