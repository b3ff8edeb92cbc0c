import type { CurrencyCode } from './currencies';
import type { IdentityKind } from './identity';
import type { Transaction, TransactionDetail } from './domain';

/** Verification tiers, modelled on the Chinese wallets' account classes. */
export const TIERS = ['basic', 'verified', 'trusted'] as const;
export type Tier = (typeof TIERS)[number];

/** Limits in major units of the payment's currency (yuan for CNY). */
export interface LimitSet {
  readonly perPayment: number;
  readonly daily: number;
  readonly yearly: number;
}

export interface LimitsView {
  readonly tier: Tier;
  readonly tierLimits: LimitSet;
  /** What applies: the tier's limits, or lower ones the person chose. */
  readonly effective: LimitSet;
  readonly userLimits: Partial<LimitSet>;
  readonly currency: CurrencyCode;
  /** Minor units used today and this year (local time), and what is left. */
  readonly usedToday: number;
  readonly usedThisYear: number;
  readonly roomToday: number;
  readonly roomThisYear: number;
  /** When a good record will raise a verified person to `trusted`. */
  readonly trustedFrom: number | null;
}

export interface IdentityView {
  readonly verified: boolean;
  readonly kind?: IdentityKind;
  readonly name?: string;
  /** Masked: the full number never leaves the ledger. */
  readonly numberMasked?: string;
  readonly verifiedAt?: number;
}

export const PROMOTION_KINDS = ['percent', 'fixed', 'threshold'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

export interface Promotion {
  readonly id: string;
  readonly name: string;
  readonly kind: PromotionKind;
  /** `percent`: basis points off (1000 = 10%); capped by `maxDiscount` when set. */
  readonly percentBp?: number;
  /** `fixed` and `threshold`: minor units off. */
  readonly amountOff?: number;
  /** `threshold`: the spend needed before `amountOff` applies. */
  readonly minSpend?: number;
  readonly maxDiscount?: number;
  readonly currency: CurrencyCode;
  /** Only at this merchant; any merchant when absent. */
  readonly merchantId?: string;
  readonly validFrom: number;
  readonly validTo: number;
  readonly maxUses: number;
  readonly uses: number;
  readonly saved: number;
  readonly archived: boolean;
  readonly createdAt: number;
}

export const RISK_REASONS = [
  'far-above-usual',
  'burst',
  'new-payee-large',
  'night-large',
  'near-daily-limit',
] as const;
export type RiskReason = (typeof RISK_REASONS)[number];
export type RiskOutcome = 'allow' | 'step_up' | 'block';

export interface RiskAssessment {
  readonly outcome: RiskOutcome;
  readonly reasons: readonly RiskReason[];
}

export interface RiskAlert {
  readonly id: string;
  readonly at: number;
  readonly kind: Transaction['kind'];
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly counterpartyId?: string;
  readonly accountId: string;
  readonly outcome: RiskOutcome;
  readonly reasons: readonly RiskReason[];
  /** What happened: the payment went through after step-up, was stopped, or was blocked. */
  readonly result: 'completed' | 'stopped' | 'blocked';
  readonly txnId?: string;
  readonly expected: boolean;
}

export interface PaymentPreview {
  readonly grossAmount: number;
  readonly discount: number;
  readonly total: number;
  readonly currency: CurrencyCode;
  readonly promotion: Promotion | null;
  readonly balanceBefore: number;
  readonly balanceAfter: number;
  readonly risk: RiskAssessment;
  readonly limits: LimitsView;
  readonly suggestedCategoryId: string | null;
  /** Why the payment cannot go through as it stands, if it cannot. */
  readonly problem: { readonly code: string; readonly message: string } | null;
}

export interface Receipt {
  readonly transaction: Transaction;
  readonly accountName: string;
  readonly counterpartyName: string | null;
  readonly promotionName: string | null;
  readonly refunded: number;
}

/** What a money movement answers: the transaction, its postings and the risk verdict. */
export interface MoneyResult extends TransactionDetail {
  readonly risk: RiskAssessment;
}
