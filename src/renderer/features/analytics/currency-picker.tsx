import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AnalyticsReport } from '../../../shared/analytics';
import type { CurrencyCode } from '../../../shared/currencies';
import { useCurrencyOptions } from '../../components/currency-select';

export interface CurrencyPickerProps {
  /** The report shown: its currency, and the currencies that have money, busiest first. */
  readonly report: Pick<AnalyticsReport, 'currency' | 'currencies'>;
  readonly onChange: (currency: CurrencyCode) => void;
}

/** Which currency's figures to show, among those that have money; hidden when only one has. */
export function CurrencyPicker({ report, onChange }: CurrencyPickerProps) {
  const { t } = useTranslation();
  const options = useCurrencyOptions(report.currencies);
  if (report.currencies.length < 2) return null;
  return (
    <Select<CurrencyCode>
      aria-label={t('analytics.currency')}
      className="purse-currency-picker"
      value={report.currency}
      onChange={onChange}
      options={options}
      virtual={false}
      popupMatchSelectWidth={false}
    />
  );
}
