import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { addDays } from './bill-dates';
import { useBillDates, useHourLabel, useScheduleText } from './bill-format';
import type { BillFormValues } from './bill-form-model';
import { HintBox } from '../../components/hint-box';
import {
  DEFAULT_REMIND_HOUR,
  firstOccurrence,
  scheduleOf,
  type RepeatChoice,
} from './bill-form-values';

/**
 * In words, what the person is about to save: the schedule, the first date, the reminder.
 * Nothing while the schedule is not filled in enough to tell.
 */
export function BillFormSummary({ repeat }: { readonly repeat: RepeatChoice }) {
  const { t } = useTranslation();
  const scheduleText = useScheduleText();
  const dates = useBillDates();
  const hourLabel = useHourLabel();
  const form = Form.useFormInstance<BillFormValues>();
  const firstDue = Form.useWatch('firstDue', form);
  const day = Form.useWatch('dayOfMonth', form);
  const interval = Form.useWatch('interval', form);
  const remindDays = Form.useWatch('remindDaysBefore', form);
  const remindHour = Form.useWatch('remindHour', form);

  if (!firstDue) return null;
  if (repeat === 'monthly' && !day) return null;
  if ((repeat === 'weeks' || repeat === 'months') && !interval) return null;
  const schedule = scheduleOf({ repeat, dayOfMonth: day ?? 1, interval: interval ?? 1 });
  const key = firstDue.format('YYYY-MM-DD');
  const first = firstOccurrence(key, schedule);
  const reminder = addDays(first, -(remindDays ?? 0));
  const firstLine = t('bills.form.firstDueLine', { date: dates.date(first, 'weekday') });
  const reminderLine = t('bills.form.reminderLine', {
    date: dates.date(reminder, 'weekday'),
    time: hourLabel(remindHour ?? DEFAULT_REMIND_HOUR),
  });
  return (
    <HintBox className="purse-bill-form__summary" tone="strong">
      <div className="purse-bill-form__summary-title">
        {scheduleText({ firstDue: key, schedule })}
      </div>
      <div className="purse-muted">
        {firstLine} · {reminderLine}
      </div>
    </HintBox>
  );
}
