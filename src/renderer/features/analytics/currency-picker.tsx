import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { useCurrencyOptions } from '../../components/currency-select';

export interface CurrencyPickerProps {
  /** The currency the figures are in. */
  readonly value: CurrencyCode;
  /** The currencies that have money, busiest first (the report's `currencies`). */
  readonly currencies: readonly CurrencyCode[];
  readonly onChange: (currency: CurrencyCode) => void;
}

/** Which currency's figures to show, among those that have money; hidden when only one has. */
export function CurrencyPicker({ value, currencies, onChange }: CurrencyPickerProps) {
  const { t } = useTranslation();
  const options = useCurrencyOptions(currencies);
  if (currencies.length < 2) return null;
  return (
    <Select<CurrencyCode>
      aria-label={t('analytics.currency')}
      className="purse-currency-picker"
      value={value}
      onChange={onChange}
      options={options}
      virtual={false}
      popupMatchSelectWidth={false}
    />
  );
}
