import { DatePicker, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../i18n/use-locale';

const FORMATS = { en: 'YYYY-MM-DD HH:mm', 'zh-CN': 'YYYY年M月D日 HH:mm' } as const;

/** When it happened: a date and time picker in the UI language, defaulting to now. */
export function DateTimeField({ name, label }: { readonly name: string; readonly label: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, message: t('record.dateRequired') }]}
    >
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format={FORMATS[language]}
        allowClear={false}
        className="purse-date-picker"
      />
    </Form.Item>
  );
}
