import { useFormattingLocale } from '../i18n/use-locale';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, style: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(
      locale,
      style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' },
    );
    formatters.set(key, formatter);
  }
  return formatter;
}

export interface DateTimeProps {
  /** Epoch milliseconds. */
  readonly value: number;
  readonly style?: 'date' | 'dateTime';
}

/** A point in time in the user's locale and time zone. */
export function DateTime({ value, style = 'dateTime' }: DateTimeProps) {
  const locale = useFormattingLocale();
  const date = new Date(value);
  return (
    <time className="purse-date" dateTime={date.toISOString()}>
      {formatterFor(locale, style).format(date)}
    </time>
  );
}

/** "November 2026" / "2026年11月" for a month key like 2026-11. */
export function formatMonthKey(month: string, locale: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(year, monthNumber - 1, 1));
}
