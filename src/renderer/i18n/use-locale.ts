import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formattingLocale, type UiLanguage } from './ui-language';

/** The UI language currently shown. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'zh-CN' ? 'zh-CN' : 'en';
}

/** The Intl locale for money and dates in the current UI language. */
export function useFormattingLocale(): string {
  const language = useUiLanguage();
  return useMemo(() => formattingLocale(language), [language]);
}

/**
 * A date formatter in the UI locale that reads instants in UTC: for calendar days and hours
 * kept as keys ("2027-01-18", 9), never shifted by the machine's zone. `options` should be a
 * constant, so the formatter is made once per language.
 */
export function useUtcDateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = useFormattingLocale();
  return useMemo(
    () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }),
    [locale, options],
  );
}
