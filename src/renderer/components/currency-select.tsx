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

/** Options naming each currency in the UI language ("CNY · 人民币"), in the order given. */
export function useCurrencyOptions(codes: readonly CurrencyCode[] = CURRENCY_CODES) {
  const locale = useFormattingLocale();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'currency' });
    return codes.map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
  }, [codes, locale]);
}

/** The currencies Purse supports, named in the UI language ("CNY · 人民币"). */
export function CurrencySelect(control: CurrencySelectProps) {
  const options = useCurrencyOptions();
  return <SearchSelect<CurrencyCode> {...control} options={options} />;
}
