import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHourLabel } from './bill-format';
import { CountField } from '../../components/count-field';

/** When the reminder goes off: how many days before the due date, at which hour. */
export function BillReminderFields() {
  const { t } = useTranslation();
  const hourLabel = useHourLabel();
  return (
    <div className="purse-bill-form__row">
      <CountField
        name="remindDaysBefore"
        label={t('bills.fields.remindDaysBefore')}
        requiredMessage={t('bills.form.errors.remind')}
        min={0}
        max={30}
        unit={t('bills.form.daysBefore')}
        className="purse-bill-form__number purse-bill-form__number--wide"
      />
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
