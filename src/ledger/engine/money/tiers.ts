import type { LimitSet, Tier } from '../../../shared/payments';

/**
 * Default limits per tier, in major units (yuan): the unverified tier is small, real-name
 * verification raises it, and 90 days of a clean record raise it again.
 */
export const TIER_LIMITS: Readonly<Record<Tier, LimitSet>> = {
  basic: { perPayment: 500, daily: 1_000, yearly: 10_000 },
  verified: { perPayment: 5_000, daily: 20_000, yearly: 200_000 },
  trusted: { perPayment: 20_000, daily: 50_000, yearly: 500_000 },
};

export const GOOD_RECORD_DAYS = 90;
const DAY_MS = 86_400_000;

export interface TierInputs {
  readonly verifiedAt: number | null;
  /** The last refused-by-limit or blocked payment, if any. */
  readonly lastIncidentAt: number | null;
}

/** When a verified person becomes `trusted`: 90 days after verification and after the last incident. */
export function trustedFrom(inputs: TierInputs): number | null {
  if (inputs.verifiedAt === null) return null;
  return Math.max(inputs.verifiedAt, inputs.lastIncidentAt ?? 0) + GOOD_RECORD_DAYS * DAY_MS;
}

export function tierAt(inputs: TierInputs, now: number): Tier {
  const from = trustedFrom(inputs);
  if (from === null) return 'basic';
  return now >= from ? 'trusted' : 'verified';
}

/** The person may only lower limits: each is the smaller of the tier's and their own. */
export function effectiveLimits(tier: Tier, user: Partial<LimitSet>): LimitSet {
  const base = TIER_LIMITS[tier];
  return {
    perPayment: Math.min(base.perPayment, user.perPayment ?? Infinity),
    daily: Math.min(base.daily, user.daily ?? Infinity),
    yearly: Math.min(base.yearly, user.yearly ?? Infinity),
  };
}
