import { DatePicker, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../i18n/use-locale';
import { CountField } from '../../components/count-field';

const DATE_FORMATS = { en: 'YYYY-MM-DD', 'zh-CN': 'YYYY年M月D日' } as const;

/** Between which dates the coupon is good, and how many times. */
export function CouponLimitFields() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <div className="purse-form-row">
      <Form.Item
        name="valid"
        label={t('promotions.valid')}
        rules={[{ required: true, message: t('promotions.validRequired') }]}
      >
        <DatePicker.RangePicker
          format={DATE_FORMATS[language]}
          allowClear={false}
          className="purse-date-picker"
        />
      </Form.Item>
      <CountField
        name="maxUses"
        label={t('promotions.maxUses')}
        requiredMessage={t('promotions.maxUsesRequired')}
        min={1}
        max={10_000}
        className="purse-number-input"
      />
    </div>
  );
}
