import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { MoneyTiles, tilesOf } from '../../components/money-tiles';

export interface Totals {
  readonly income: number;
  readonly expense: number;
  readonly net: number;
}

/** The figures shown, in this order. */
const TOTAL_TILES = ['income', 'expense', 'net'] as const;

export interface TotalsTilesProps {
  readonly totals: Totals;
  readonly currency: CurrencyCode;
}

/** Income, expense and net for the period shown. */
export function TotalsTiles({ totals, currency }: TotalsTilesProps) {
  const { t } = useTranslation();
  const tiles = tilesOf(totals, TOTAL_TILES, (key) => t(`analytics.${key}`));
  return <MoneyTiles label={t('analytics.totals')} currency={currency} tiles={tiles} />;
}
