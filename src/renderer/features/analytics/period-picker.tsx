import { DatePicker, Segmented } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dayjsToMonth, monthToDayjs } from '../../components/month-key';
import { PERIOD_KINDS, periodAround, type Period, type PeriodKind } from './period';

export interface PeriodPickerProps {
  readonly value: Period;
  readonly onChange: (period: Period) => void;
}

/** A month, a quarter, a year or a custom range of months. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const pickKind = (kind: PeriodKind) => {
    if (kind === 'custom') onChange({ kind, from: value.from, to: value.to });
    else onChange(periodAround(kind, value.to));
  };
  const fixedKind = value.kind === 'custom' ? 'month' : value.kind;
  return (
    <div className="purse-period-picker">
      <Segmented<PeriodKind>
        aria-label={t('analytics.period')}
        value={value.kind}
        onChange={pickKind}
        options={PERIOD_KINDS.map((kind) => ({
          value: kind,
          label: t(`analytics.periods.${kind}`),
        }))}
      />
      {value.kind === 'custom' ? (
        <DatePicker.RangePicker
          picker="month"
          allowClear={false}
          aria-label={t('analytics.range')}
          value={[monthToDayjs(value.from), monthToDayjs(value.to)]}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to)
              onChange({ kind: 'custom', from: dayjsToMonth(from), to: dayjsToMonth(to) });
          }}
        />
      ) : (
        <DatePicker
          picker={fixedKind}
          allowClear={false}
          aria-label={t(`analytics.periods.${fixedKind}`)}
          value={monthToDayjs(value.from)}
          onChange={(picked) => {
            if (picked) onChange(periodAround(fixedKind, dayjsToMonth(dayjs(picked))));
          }}
        />
      )}
    </div>
  );
}
