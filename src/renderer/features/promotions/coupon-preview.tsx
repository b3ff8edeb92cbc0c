import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { PromotionKind } from '../../../shared/payments';
import { HintBox } from '../../components/hint-box';
import { readCouponTerms, type CouponValues } from './coupon-terms';
import { useCouponValue } from './use-coupon-text';

export interface CouponPreviewProps {
  readonly kind: PromotionKind;
  readonly values: CouponValues | undefined;
  readonly currency: CurrencyCode;
}

/** What the coupon will read like, as the person fills it in; nothing until it says enough. */
export function CouponPreview({ kind, values, currency }: CouponPreviewProps) {
  const { t } = useTranslation();
  const couponValue = useCouponValue();
  if (!values) return null;
  const { percentBp, amountOff, minSpend, maxDiscount } = readCouponTerms(values, currency);
  let preview: string | null = null;
  if (kind === 'percent' && percentBp)
    preview = couponValue({ kind, percentBp, currency, ...(maxDiscount ? { maxDiscount } : {}) });
  else if (kind === 'fixed' && amountOff) preview = couponValue({ kind, amountOff, currency });
  else if (kind === 'threshold' && amountOff && minSpend)
    preview = couponValue({ kind, amountOff, minSpend, currency });
  if (!preview) return null;
  return (
    <HintBox className="purse-coupon-preview" tone="offer">
      {t('promotions.preview', { value: preview })}
    </HintBox>
  );
}
