import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';
import { systemLanguage, type UiLanguage } from './ui-language';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

/** Starts in the OS language; the saved preference is applied once settings load. */
export function initI18n(language: UiLanguage = systemLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: ['en', 'zh-CN'],
      // React escapes text; i18next escaping would show &amp; in names.
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  return i18next;
}
