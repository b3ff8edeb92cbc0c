import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { MoneyTiles, tilesOf } from '../../components/money-tiles';

export interface Totals {
  readonly income: number;
  readonly expense: number;
  readonly net: number;
}

/** Income, expense and net for the period shown. */
export function TotalsTiles({
  totals,
  currency,
}: {
  readonly totals: Totals;
  readonly currency: CurrencyCode;
}) {
  const { t } = useTranslation();
  return (
    <MoneyTiles
      label={t('analytics.totals')}
      currency={currency}
      tiles={tilesOf(totals, ['income', 'expense', 'net'], (key) => t(`analytics.${key}`))}
    />
  );
}
