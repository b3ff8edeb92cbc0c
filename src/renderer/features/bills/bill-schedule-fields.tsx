import { Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { WEEKEND_RULES, type WeekendRule } from '../../../shared/bills';
import type { EndChoice, RepeatChoice } from './bill-form-values';
import { CountField } from '../../components/count-field';
import { DateInput } from '../../components/date-input';

const REPEATS: readonly RepeatChoice[] = ['monthly', 'weeks', 'months', 'yearly', 'once'];
const ENDS: readonly EndChoice[] = ['never', 'after', 'on'];

/**
 * When the bill is due: the first due date (from today on) and how it repeats, with the day of
 * the month or the number of weeks or months where the repeat needs one.
 */
export function BillScheduleFields({
  repeat,
  ends,
  today,
  keptFirstDue,
}: {
  readonly repeat: RepeatChoice;
  readonly ends: EndChoice;
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
      <Form.Item name="weekend" label={t('bills.fields.weekend')}>
        <Select<WeekendRule>
          virtual={false}
          options={WEEKEND_RULES.map((value) => ({
            value,
            label: t(`bills.form.weekend.${value}`),
          }))}
        />
      </Form.Item>
      {repeat === 'once' ? null : (
        <div className="purse-bill-form__row">
          <Form.Item name="ends" label={t('bills.fields.ends')}>
            <Select<EndChoice>
              virtual={false}
              options={ENDS.map((value) => ({ value, label: t(`bills.form.ends.${value}`) }))}
            />
          </Form.Item>
          {ends === 'after' ? (
            <CountField
              name="endsAfter"
              label={t('bills.fields.endsAfter')}
              requiredMessage={t('bills.form.errors.endsAfter')}
              max={1200}
              unit={t('bills.form.times')}
              className="purse-bill-form__number purse-bill-form__number--wide"
            />
          ) : null}
          {ends === 'on' ? (
            <Form.Item
              name="endsOn"
              label={t('bills.fields.endsOn')}
              dependencies={['firstDue']}
              rules={[
                { required: true, message: t('bills.form.errors.endsOnRequired') },
                ({ getFieldValue }) => ({
                  validator: (_rule, value: Dayjs | null) => {
                    const first = getFieldValue('firstDue') as Dayjs | null;
                    if (value && first && value.isBefore(first, 'day'))
                      return Promise.reject(new Error(t('bills.form.errors.endsBeforeStart')));
                    return Promise.resolve();
                  },
                }),
              ]}
            >
              <DateInput />
            </Form.Item>
          ) : null}
        </div>
      )}
    </>
  );
}
