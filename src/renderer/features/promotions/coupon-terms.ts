import type { Dayjs } from 'dayjs';
import type { CurrencyCode } from '../../../shared/currencies';
import type { PromotionKind } from '../../../shared/payments';
import { parseAmountField } from '../../components/money-rules';
import { parsePercent } from './coupon-rules';

/** The coupon form's fields, as the person typed them. */
export interface CouponValues {
  name?: string;
  kind?: PromotionKind;
  percent?: string;
  maxDiscount?: string;
  amountOff?: string;
  minSpend?: string;
  merchant?: string;
  valid?: [Dayjs, Dayjs];
  maxUses?: number;
}

/** The numbers the form's fields stand for; an empty or unreadable field is missing. */
export interface CouponTermsEntered {
  readonly percentBp: number | null;
  readonly amountOff: number | undefined;
  readonly minSpend: number | undefined;
  readonly maxDiscount: number | undefined;
}

function positiveMinor(text: string | undefined, currency: CurrencyCode): number | undefined {
  const parsed = parseAmountField(text, currency);
  return parsed.ok && parsed.minor > 0 ? parsed.minor : undefined;
}

export function readCouponTerms(values: CouponValues, currency: CurrencyCode): CouponTermsEntered {
  return {
    percentBp: values.percent ? parsePercent(values.percent) : null,
    amountOff: positiveMinor(values.amountOff, currency),
    minSpend: positiveMinor(values.minSpend, currency),
    maxDiscount: positiveMinor(values.maxDiscount, currency),
  };
}
