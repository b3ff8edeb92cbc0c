import { Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RepeatChoice } from './bill-form-values';
import { CountField } from '../../components/count-field';
import { DateInput } from '../../components/date-input';

const REPEATS: readonly RepeatChoice[] = ['monthly', 'weeks', 'months', 'yearly', 'once'];

/**
 * When the bill is due: the first due date (from today on) and how it repeats, with the day of
 * the month or the number of weeks or months where the repeat needs one.
 */
export function BillScheduleFields({
  repeat,
  today,
  keptFirstDue,
}: {
  readonly repeat: RepeatChoice;
  readonly today: string;
  /** The edited bill's first due date, allowed however long ago it was. */
  readonly keptFirstDue: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="purse-bill-form__row">
        <Form.Item
          name="firstDue"
          label={repeat === 'once' ? t('bills.fields.dueDate') : t('bills.fields.firstDue')}
          dependencies={['repeat']}
          rules={[
            { required: true, message: t('bills.form.errors.firstDueRequired') },
            {
              validator: (_rule, value: Dayjs | null) => {
                if (!value) return Promise.resolve();
                const key = value.format('YYYY-MM-DD');
                if (key < today && key !== keptFirstDue) {
                  return Promise.reject(new Error(t('bills.form.errors.noFutureDate')));
                }
                return Promise.resolve();
              },
            },
          ]}
        >
          <DateInput />
        </Form.Item>
        <Form.Item name="repeat" label={t('bills.fields.repeat')}>
          <Select<RepeatChoice>
            virtual={false}
            options={REPEATS.map((value) => ({ value, label: t(`bills.form.repeat.${value}`) }))}
          />
        </Form.Item>
      </div>
      {repeat === 'monthly' ? (
        <CountField
          name="dayOfMonth"
          label={t('bills.fields.dayOfMonth')}
          extra={t('bills.form.dayOfMonthHelp')}
          requiredMessage={t('bills.form.errors.dayOfMonth')}
          max={31}
          className="purse-bill-form__number"
        />
      ) : null}
      {repeat === 'weeks' || repeat === 'months' ? (
        <CountField
          name="interval"
          label={t('bills.fields.interval')}
          requiredMessage={t('bills.form.errors.interval')}
          max={repeat === 'weeks' ? 52 : 24}
          unit={repeat === 'weeks' ? t('bills.form.weeks') : t('bills.form.months')}
          className="purse-bill-form__number purse-bill-form__number--wide"
        />
      ) : null}
    </>
  );
}
