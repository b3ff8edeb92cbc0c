import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bill, BillSchedule } from '../../../shared/bills';
import type { CurrencyCode } from '../../../shared/currencies';
import { formatMoney } from '../../../shared/money';
import { useFormattingLocale, useUtcDateFormat } from '../../i18n/use-locale';
import { dayOfMonth, daysBetween, keyToUtc } from './bill-dates';

export type DateStyle = 'long' | 'short' | 'weekday' | 'monthDay' | 'month';

const OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'medium' },
  short: { month: 'short', day: 'numeric' },
  weekday: { weekday: 'short', month: 'short', day: 'numeric' },
  monthDay: { month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
};

/** Dates of bills ("2026-11-28") in the UI locale, and how far they are from today. */
export function useBillDates() {
  const locale = useFormattingLocale();
  return useMemo(() => {
    const formatters = new Map<DateStyle, Intl.DateTimeFormat>();
    const formatter = (style: DateStyle) => {
      let found = formatters.get(style);
      if (!found) {
        found = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone: 'UTC' });
        formatters.set(style, found);
      }
      return found;
    };
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return {
      /** "Nov 28, 2026" / "2026年11月28日". */
      date: (key: string, style: DateStyle = 'long') => formatter(style).format(keyToUtc(key)),
      /** "in 3 days", "tomorrow", "today", "2 days ago" / "3天后", "明天", "今天", "2天前". */
      relative: (key: string, today: string) => relative.format(daysBetween(today, key), 'day'),
      weekdayOf: (key: string) =>
        new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(keyToUtc(key)),
    };
  }, [locale]);
}

const HOUR: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** An hour of the day in the UI locale, as reminders go off: "9:00 AM" / "上午9:00". */
export function useHourLabel(): (hour: number) => string {
  const formatter = useUtcDateFormat(HOUR);
  return useCallback((hour: number) => formatter.format(Date.UTC(2000, 0, 1, hour)), [formatter]);
}

/** A bill's amount: exact for a fixed bill, "about ¥180.00" for a variable one. */
export function useBillAmountText(): (
  amount: number,
  currency: CurrencyCode,
  amountKind: Bill['amountKind'],
) => string {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  return useCallback(
    (amount, currency, amountKind) => {
      const text = formatMoney(amount, currency, locale);
      return amountKind === 'variable' ? t('bills.about', { amount: text }) : text;
    },
    [t, locale],
  );
}

/** The schedule in words: "Monthly on day 28", "Every 2 weeks on Monday", "Once, on …". */
export function useScheduleText(): (
  bill: Pick<Bill, 'firstDue'> & { readonly schedule: BillSchedule },
) => string {
  const { t } = useTranslation();
  const dates = useBillDates();
  return useCallback(
    ({ firstDue, schedule }) => {
      switch (schedule.kind) {
        case 'monthly':
          return schedule.dayOfMonth > 28
            ? t('bills.schedule.monthlyLate', { day: schedule.dayOfMonth })
            : t('bills.schedule.monthly', { day: schedule.dayOfMonth });
        case 'every':
          if (schedule.unit === 'week') {
            const weekday = dates.weekdayOf(firstDue);
            return schedule.interval === 1
              ? t('bills.schedule.weekly', { weekday })
              : t('bills.schedule.everyWeeks', { count: schedule.interval, weekday });
          }
          return schedule.interval === 1
            ? t('bills.schedule.monthly', { day: dayOfMonth(firstDue) })
            : t('bills.schedule.everyMonths', {
                count: schedule.interval,
                day: dayOfMonth(firstDue),
              });
        case 'yearly':
          return t('bills.schedule.yearly', { date: dates.date(firstDue, 'monthDay') });
        case 'once':
          return t('bills.schedule.once', { date: dates.date(firstDue) });
      }
    },
    [t, dates],
  );
}

/**
 * The account number with the biller, masked but for its last four characters:
 * "0101-2233-4455" → "•••• 4455". Short numbers are masked whole.
 */
export function maskAccountNumber(value: string): string {
  const last = accountNumberEnding(value);
  return last ? `•••• ${last}` : '••••';
}

/** The last four characters shown of an account number, or null when it is too short. */
export function accountNumberEnding(value: string): string | null {
  const plain = value.replace(/[\s-]/g, '');
  return plain.length > 4 ? plain.slice(-4) : null;
}
