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
