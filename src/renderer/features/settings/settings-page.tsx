import { App, Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { LocalePreference, Settings, ThemePreference } from '../../../shared/domain';
import { usePurseQuery } from '../../api/use-purse-query';
import { CurrencySelect } from '../../components/currency-select';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import { PageError, PageLoading } from '../../components/page-state';
import { systemLanguage } from '../../i18n/ui-language';
import { BackupCard } from '../backup/backup-card';
import { RestoreCard } from '../backup/restore-card';
import { SnapshotsCard } from '../snapshots/snapshots-card';
import { LedgerCheckCard } from './ledger-check-card';
import { useSettings, useUpdateSettings } from '../../api/use-settings';
import { SectionCard } from '../../components/section-card';
import { ChoiceField } from '../../components/choice-field';

/** Names of languages are written in that language, so anyone can find their own. */
const LANGUAGE_NAMES = { 'zh-CN': '中文', en: 'English' } as const;

/** Settings: language, theme and default currency, saved as soon as they change. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useSettings();
  const appInfo = usePurseQuery('app.info');
  const update = useUpdateSettings();

  const save = (change: Partial<Settings>) => {
    update.mutate(change, { onSuccess: () => void message.success(t('settings.saved')) });
  };

  const body = () => {
    if (settings.isError)
      return <PageError error={settings.error} onRetry={() => void settings.refetch()} />;
    if (!settings.data) return <PageLoading />;
    const current = settings.data;
    return (
      <div className="purse-stack">
        <SectionCard className="purse-form-card" title={t('settings.preferences')}>
          <Form layout="vertical" className="purse-settings-form">
            <ChoiceField<LocalePreference>
              label={t('settings.language')}
              value={current.locale}
              onChange={(locale) => save({ locale })}
              options={[
                {
                  value: 'system',
                  label: t('settings.languageSystem', {
                    language: LANGUAGE_NAMES[systemLanguage()],
                  }),
                },
                { value: 'zh-CN', label: <span lang="zh-CN">{LANGUAGE_NAMES['zh-CN']}</span> },
                { value: 'en', label: <span lang="en">{LANGUAGE_NAMES.en}</span> },
              ]}
            />
            <ChoiceField<ThemePreference>
              label={t('settings.theme')}
              value={current.theme}
              onChange={(theme) => save({ theme })}
              options={[
                { value: 'system', label: t('settings.themeSystem') },
                { value: 'light', label: t('settings.themeLight') },
                { value: 'dark', label: t('settings.themeDark') },
              ]}
            />
            <Form.Item
              label={t('settings.defaultCurrency')}
              htmlFor="purse-default-currency"
              extra={t('settings.defaultCurrencyHelp')}
            >
              <CurrencySelect
                id="purse-default-currency"
                value={current.defaultCurrency}
                onChange={(defaultCurrency: CurrencyCode) => save({ defaultCurrency })}
              />
            </Form.Item>
            <FormError error={update.error} />
          </Form>
        </SectionCard>
        <BackupCard />
        <RestoreCard />
        <SnapshotsCard />
        <LedgerCheckCard />
        <SectionCard className="purse-form-card" title={t('settings.about')}>
          {appInfo.data ? (
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'name', label: t('settings.appName'), children: appInfo.data.name },
                { key: 'version', label: t('settings.version'), children: appInfo.data.version },
                {
                  key: 'runtime',
                  label: t('settings.runtime'),
                  children:
                    appInfo.data.runtime === 'web'
                      ? t('settings.runtimeWeb')
                      : `${t('settings.runtimeDesktop')} · ${appInfo.data.platform}`,
                },
              ]}
            />
          ) : appInfo.isError ? (
            <FormError error={appInfo.error} />
          ) : (
            <PageLoading rows={2} />
          )}
        </SectionCard>
      </div>
    );
  };

  return (
    <>
      <PageHeader title={t('nav.settings')} />
      {body()}
    </>
  );
}
