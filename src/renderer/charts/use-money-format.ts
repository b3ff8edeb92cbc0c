import { useCallback, useMemo } from 'react';
import { minorDigits, type CurrencyCode } from '../../shared/currencies';
import { formatMoney } from '../../shared/money';
import { useFormattingLocale } from '../i18n/use-locale';

/** Formats minor units as currency in the UI locale: for axis ticks and tooltips. */
export function useMoneyFormat(currency: CurrencyCode): (minor: number) => string {
  const locale = useFormattingLocale();
  return useCallback(
    (minor: number) => formatMoney(Math.round(minor), currency, locale),
    [currency, locale],
  );
}

/** Short amounts for axis ticks: "CN¥12K", "¥1.2万"; whole currency units from minor units. */
export function useAxisMoneyFormat(currency: CurrencyCode): (minor: number) => string {
  const locale = useFormattingLocale();
  return useMemo(() => {
    const formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const scale = 10 ** minorDigits(currency);
    return (minor: number) => formatter.format(minor / scale);
  }, [currency, locale]);
}

/** A month key ("2026-11") as a short month label in the UI locale ("Nov 2026", "2026年11月"). */
export function useMonthLabel(): (month: string) => string {
  const locale = useFormattingLocale();
  return useCallback(
    (month: string) => {
      const [year, index] = month.split('-').map(Number);
      const date = new Date(Date.UTC(year ?? 1970, (index ?? 1) - 1, 1));
      return new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }).format(date);
    },
    [locale],
  );
}
