import type { Promotion } from '../../../shared/payments';

export type CouponStatus = 'active' | 'not-started' | 'expired' | 'used-up' | 'archived';

/** Where a coupon stands today. */
export function couponStatus(coupon: Promotion, now: number): CouponStatus {
  if (coupon.archived) return 'archived';
  if (coupon.uses >= coupon.maxUses) return 'used-up';
  if (now > coupon.validTo) return 'expired';
  if (now < coupon.validFrom) return 'not-started';
  return 'active';
}

export interface CouponUse {
  readonly amount: number;
  readonly currency: string;
  /** The merchant's id; undefined for a merchant created with this payment. */
  readonly merchantId: string | undefined;
  readonly now: number;
}

/**
 * Whether a coupon could apply to this payment, for the choices in the confirmation sheet.
 * The ledger stays the judge (payments.preview says what applies; a refusal says why not).
 */
export function couponFits(coupon: Promotion, use: CouponUse): boolean {
  if (couponStatus(coupon, use.now) !== 'active') return false;
  if (coupon.currency !== use.currency) return false;
  if (coupon.merchantId && coupon.merchantId !== use.merchantId) return false;
  if (coupon.kind === 'threshold' && use.amount < (coupon.minSpend ?? 0)) return false;
  return true;
}

/** "12.5" for 1250 basis points: integer arithmetic, no floats. */
export function percentText(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** The Chinese way to say a discount: 10% off is 9折, 15% off is 8.5折. */
export function zheText(basisPoints: number): string {
  const remaining = 10_000 - basisPoints;
  const whole = Math.floor(remaining / 1000);
  const fraction = String(remaining % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** Parses "10", "12.5" or "12.5%" into basis points (1–10 000), or null. No floats. */
export function parsePercent(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:\.(\d{0,2}))?\s*%?\s*$/.exec(text.replace('％', '%'));
  if (!match) return null;
  const basisPoints = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0') || '0');
  return basisPoints >= 1 && basisPoints <= 10_000 ? basisPoints : null;
}
