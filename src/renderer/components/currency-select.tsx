import { useMemo } from 'react';
import { CURRENCY_CODES, type CurrencyCode } from '../../shared/currencies';
import { useFormattingLocale } from '../i18n/use-locale';
import { SearchSelect } from './search-select';

export interface CurrencySelectProps {
  readonly id?: string;
  readonly value?: CurrencyCode;
  readonly onChange?: (value: CurrencyCode) => void;
  readonly disabled?: boolean;
}

/** The currencies Purse supports, named in the UI language ("CNY · 人民币"). */
export function CurrencySelect(control: CurrencySelectProps) {
  const locale = useFormattingLocale();
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'currency' });
    return CURRENCY_CODES.map((code) => ({
      value: code,
      label: `${code} · ${names.of(code) ?? code}`,
    }));
  }, [locale]);
  return <SearchSelect<CurrencyCode> {...control} options={options} />;
}
