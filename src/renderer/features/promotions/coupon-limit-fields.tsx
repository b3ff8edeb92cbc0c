import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountField } from '../../components/count-field';
import { DateRangeInput } from '../../components/date-input';

/** Between which dates the coupon is good, and how many times. */
export function CouponLimitFields() {
  const { t } = useTranslation();
  return (
    <div className="purse-form-row">
      <Form.Item
        name="valid"
        label={t('promotions.valid')}
        rules={[{ required: true, message: t('promotions.validRequired') }]}
      >
        <DateRangeInput />
      </Form.Item>
      <CountField
        name="maxUses"
        label={t('promotions.maxUses')}
        requiredMessage={t('promotions.maxUsesRequired')}
        max={10_000}
        className="purse-number-input"
      />
    </div>
  );
}
