import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../api/use-settings';
import { resolveLanguage } from '../i18n/ui-language';
import { themeConfig } from '../theme/theme-config';
import { useSystemDark } from '../theme/use-media-query';

/**
 * Applies the person's language and theme (OS by default, else their saved choice) to
 * i18next, dayjs, antd and the document, and provides antd's App for messages and modals.
 */
export function PreferencesProvider({ children }: { readonly children: ReactNode }) {
  const { i18n, t } = useTranslation();
  const settingsQuery = useSettings();
  const settings = settingsQuery.data;
  const language = resolveLanguage(settings?.locale);
  const systemDark = useSystemDark();
  const dark = settings?.theme === 'dark' || (settings?.theme !== 'light' && systemDark);

  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = language;
    if (i18n.resolvedLanguage !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);

  useEffect(() => {
    document.title = t('app.name');
  }, [t, i18n.resolvedLanguage]);

  useEffect(() => {
    document.documentElement.dataset['theme'] = dark ? 'dark' : 'light';
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);

  const theme = useMemo(() => themeConfig(dark), [dark]);
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      theme={theme}
      button={{ autoInsertSpace: false }}
    >
      {/* Wait for the saved language and theme (a local read) so the UI doesn't flash. */}
      <AntApp className="purse-app">{settingsQuery.isPending ? null : children}</AntApp>
    </ConfigProvider>
  );
}
