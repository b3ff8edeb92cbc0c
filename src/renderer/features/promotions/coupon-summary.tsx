import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { Promotion } from '../../../shared/payments';
import { SummaryCard, SummaryMoneyLines, type MoneyLine } from '../../components/summary-card';

/** Money saved per currency, over every coupon ever used (archived ones too). */
function savedByCurrency(coupons: readonly Promotion[]): MoneyLine[] {
  const totals = new Map<CurrencyCode, number>();
  for (const coupon of coupons) {
    totals.set(coupon.currency, (totals.get(coupon.currency) ?? 0) + coupon.saved);
  }
  return [...totals].map(([currency, minor]) => ({ currency, minor }));
}

export interface CouponSummaryProps {
  /** Every coupon, archived ones too. */
  readonly coupons: readonly Promotion[];
  readonly usableCount: number;
  /** The currency of the zero shown while nothing is saved yet. */
  readonly defaultCurrency: CurrencyCode;
}

/** The wallet's totals: saved so far, coupons still usable, times used. */
export function CouponSummary({ coupons, usableCount, defaultCurrency }: CouponSummaryProps) {
  const { t } = useTranslation();
  const uses = coupons.reduce((sum, coupon) => sum + coupon.uses, 0);
  return (
    <div className="purse-summary">
      <SummaryCard label={t('promotions.totalSaved')}>
        <SummaryMoneyLines
          lines={savedByCurrency(coupons)}
          fallbackCurrency={defaultCurrency}
          tone="positive"
        />
      </SummaryCard>
      <SummaryCard label={t('promotions.usableCount')}>
        <div className="purse-summary-lines purse-money">{usableCount}</div>
      </SummaryCard>
      <SummaryCard label={t('promotions.timesUsed')}>
        <div className="purse-summary-lines purse-money">{uses}</div>
      </SummaryCard>
    </div>
  );
}
