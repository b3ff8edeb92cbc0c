import type { Promotion } from '../../../shared/payments';

export type PromotionProblem =
  | 'expired'
  | 'not-started'
  | 'used-up'
  | 'other-merchant'
  | 'below-minimum'
  | 'currency'
  | 'archived';

/** Why a promotion cannot apply to this payment, or null when it can. */
export function promotionProblem(
  promotion: Promotion,
  payment: {
    readonly amount: number;
    readonly currency: string;
    readonly merchantId: string;
    readonly at: number;
  },
): PromotionProblem | null {
  if (promotion.archived) return 'archived';
  if (promotion.currency !== payment.currency) return 'currency';
  if (payment.at < promotion.validFrom) return 'not-started';
  if (payment.at > promotion.validTo) return 'expired';
  if (promotion.uses >= promotion.maxUses) return 'used-up';
  if (promotion.merchantId && promotion.merchantId !== payment.merchantId) return 'other-merchant';
  if (promotion.kind === 'threshold' && payment.amount < (promotion.minSpend ?? 0))
    return 'below-minimum';
  return null;
}

/**
 * The discount in minor units, in integers only. A payment always costs at least one minor
 * unit, so money still moves and the receipt is real.
 */
export function discountFor(promotion: Promotion, amount: number): number {
  // BigInt: amount × basis points can pass 2^53 for large amounts.
  let off =
    promotion.kind === 'percent'
      ? Number((BigInt(amount) * BigInt(promotion.percentBp ?? 0)) / 10_000n)
      : (promotion.amountOff ?? 0);
  if (promotion.maxDiscount !== undefined) off = Math.min(off, promotion.maxDiscount);
  return Math.max(0, Math.min(off, amount - 1));
}

/** The promotion that saves the most; ties go to the one that expires first. */
export function bestPromotion(
  promotions: readonly Promotion[],
  payment: {
    readonly amount: number;
    readonly currency: string;
    readonly merchantId: string;
    readonly at: number;
  },
): { promotion: Promotion; discount: number } | null {
  let best: { promotion: Promotion; discount: number } | null = null;
  for (const promotion of promotions) {
    if (promotionProblem(promotion, payment) !== null) continue;
    const discount = discountFor(promotion, payment.amount);
    if (discount <= 0) continue;
    if (
      !best ||
      discount > best.discount ||
      (discount === best.discount && promotion.validTo < best.promotion.validTo)
    ) {
      best = { promotion, discount };
    }
  }
  return best;
}
