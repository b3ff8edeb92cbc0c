import type { CurrencyCode } from '../../shared/currencies';
import { formatMoney } from '../../shared/money';
import { useFormattingLocale } from '../i18n/use-locale';

export interface MoneyProps {
  readonly minor: number;
  readonly currency: CurrencyCode;
  readonly signDisplay?: 'auto' | 'always' | 'exceptZero';
  /** `positive` shows money coming in; everything else keeps the text colour. */
  readonly tone?: 'default' | 'positive' | 'muted';
  readonly strong?: boolean;
}

/** An amount of money in the UI locale, in tabular digits; align it right in its container. */
export function Money({
  minor,
  currency,
  signDisplay,
  tone = 'default',
  strong = false,
}: MoneyProps) {
  const locale = useFormattingLocale();
  const text = formatMoney(minor, currency, locale, signDisplay ? { signDisplay } : {});
  const classes = ['purse-money', `purse-money--${tone}`, strong ? 'purse-money--strong' : '']
    .filter(Boolean)
    .join(' ');
  return <span className={classes}>{text}</span>;
}
