import { GlobalOutlined } from '@ant-design/icons';
import { Form, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { systemLanguage, UI_LANGUAGES, type UiLanguage } from '../../i18n/ui-language';
import { GateSubmit } from '../../components/gate-layout';
import { OnboardingStep } from './onboarding-steps';

/** Each language named in itself, so anyone can find theirs. */
const NATIVE_NAMES: Record<UiLanguage, string> = { 'zh-CN': '简体中文', en: 'English' };

/** Step 1: the language, shown at once and kept in the ledger's settings. */
export function LanguageStep() {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<UiLanguage>(
    i18n.resolvedLanguage === 'zh-CN' ? 'zh-CN' : 'en',
  );
  const save = usePurseMutation('onboarding.save');
  return (
    <OnboardingStep step="language" icon={<GlobalOutlined />}>
      <Form
        layout="vertical"
        // Keeping the system's language keeps "follow the system"; another one is saved.
        onFinish={() =>
          save.mutate(
            language === systemLanguage()
              ? { step: 'profile' }
              : { step: 'profile', locale: language },
          )
        }
      >
        <Form.Item label={t('onboarding.language.label')}>
          <Radio.Group
            className="purse-onboarding__languages"
            value={language}
            onChange={(event) => {
              const next = event.target.value as UiLanguage;
              setLanguage(next);
              void i18n.changeLanguage(next);
            }}
            options={UI_LANGUAGES.map((code) => ({ value: code, label: NATIVE_NAMES[code] }))}
            optionType="button"
            buttonStyle="solid"
            size="large"
          />
        </Form.Item>
        <GateSubmit label={t('onboarding.next')} pending={save.isPending} error={save.error} />
      </Form>
    </OnboardingStep>
  );
}
