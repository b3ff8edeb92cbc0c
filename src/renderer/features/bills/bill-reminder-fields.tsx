import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHourLabel } from './bill-format';

/** When the reminder goes off: how many days before the due date, at which hour. */
export function BillReminderFields() {
  const { t } = useTranslation();
  const hourLabel = useHourLabel();
  return (
    <div className="purse-bill-form__row">
      <Form.Item
        name="remindDaysBefore"
        label={t('bills.fields.remindDaysBefore')}
        rules={[{ required: true, message: t('bills.form.errors.remind') }]}
      >
        <InputNumber
          min={0}
          max={30}
          precision={0}
          suffix={t('bills.form.daysBefore')}
          className="purse-bill-form__number purse-bill-form__number--wide"
        />
      </Form.Item>
      <Form.Item name="remindHour" label={t('bills.fields.remindHour')}>
        <Select<number>
          virtual={false}
          options={Array.from({ length: 24 }, (_, hour) => ({
            value: hour,
            label: hourLabel(hour),
          }))}
        />
      </Form.Item>
    </div>
  );
}
