import type { MethodInput } from '../../../shared/contract';

/** What the pay form hands the confirmation sheet: the payment, before any coupon choice. */
export interface PayRequest {
  readonly accountId: string;
  /** An existing merchant by id, or a new one by name (created with the payment). */
  readonly merchant: MethodInput<'payments.preview'>['merchant'];
  readonly merchantName: string;
  /** Set when the merchant already exists: merchant-only coupons can then apply. */
  readonly merchantId?: string;
  readonly amount: number;
  readonly categoryId?: string;
  readonly memo?: string;
  /** The merchant's order reference, from a payment request: kept on the receipt. */
  readonly orderRef?: string;
  readonly timeZone: string;
}

export type CouponChoice = 'best' | 'none' | { readonly id: string };
