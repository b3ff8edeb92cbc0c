import { DatePicker, type DatePickerProps, type GetProps } from 'antd';
import { useUiLanguage } from '../i18n/use-locale';

const DATE_FORMATS = { en: 'YYYY-MM-DD', 'zh-CN': 'YYYY年M月D日' } as const;

type Fixed = 'format' | 'allowClear' | 'className';

/** A day, written the UI language's way; a form's date, so it can't be cleared. */
export function DateInput(props: Omit<DatePickerProps, Fixed>) {
  const language = useUiLanguage();
  return (
    <DatePicker
      {...props}
      format={DATE_FORMATS[language]}
      allowClear={false}
      className="purse-date-picker"
    />
  );
}

/** From one day to another, written and kept the same way. */
export function DateRangeInput(props: Omit<GetProps<typeof DatePicker.RangePicker>, Fixed>) {
  const language = useUiLanguage();
  return (
    <DatePicker.RangePicker
      {...props}
      format={DATE_FORMATS[language]}
      allowClear={false}
      className="purse-date-picker"
    />
  );
}
