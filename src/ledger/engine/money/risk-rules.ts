import type { RiskAssessment, RiskOutcome, RiskReason } from '../../../shared/payments';

/** Thresholds in major units of the payment's currency. */
export const RISK = {
  usualFactorStepUp: 5,
  usualFactorBlock: 20,
  minHistory: 3,
  burstWindowMs: 10 * 60_000,
  burstStepUp: 5,
  burstBlock: 10,
  newPayeeLarge: 2_000,
  nightLarge: 1_000,
  nightHours: [0, 1, 2, 3, 4, 5] as readonly number[],
  nearLimitShare: 0.9,
} as const;

/** What the rules need to know, gathered inside the payment's own transaction. */
export interface RiskFacts {
  readonly amount: number;
  /** 10^digits of the currency: turns major-unit thresholds into minor units. */
  readonly unit: number;
  /** The counterparty's past payments: how many, and their total, over the last 3 months. */
  readonly historyCount: number;
  readonly historyTotal: number;
  /** The same for the payment's spending category, in its currency (payments only). */
  readonly categoryCount: number;
  readonly categoryTotal: number;
  /** Whether any payment to this counterparty was ever made. */
  readonly knownPayee: boolean;
  readonly paymentsInWindow: number;
  readonly localHour: number;
  readonly usedToday: number;
  readonly dailyLimit: number;
  /** Learned from alerts marked "expected": amounts up to this are usual for this payee. */
  readonly allowanceUpTo: number;
  readonly allowNight: boolean;
}

/** Evaluates every rule; the worst outcome wins, and every reason is kept. */
export function assessRisk(facts: RiskFacts): RiskAssessment {
  const reasons: RiskReason[] = [];
  let outcome: RiskOutcome = 'allow';
  const raise = (reason: RiskReason, to: RiskOutcome) => {
    reasons.push(reason);
    if (to === 'block' || (to === 'step_up' && outcome === 'allow')) outcome = to;
  };
  const allowed = facts.amount <= facts.allowanceUpTo;

  if (facts.historyCount >= RISK.minHistory && !allowed) {
    const usual = facts.historyTotal / facts.historyCount;
    if (facts.amount > usual * RISK.usualFactorBlock) raise('far-above-usual', 'block');
    else if (facts.amount > usual * RISK.usualFactorStepUp) raise('far-above-usual', 'step_up');
  }
  // A category mixes many payees (a first dinner at a new restaurant): it asks, never blocks.
  if (
    facts.categoryCount >= RISK.minHistory &&
    !allowed &&
    !reasons.includes('far-above-usual') &&
    facts.amount > (facts.categoryTotal / facts.categoryCount) * RISK.usualFactorStepUp
  ) {
    raise('far-above-usual', 'step_up');
  }
  if (facts.paymentsInWindow + 1 >= RISK.burstBlock) raise('burst', 'block');
  else if (facts.paymentsInWindow + 1 >= RISK.burstStepUp) raise('burst', 'step_up');
  if (!facts.knownPayee && !allowed && facts.amount >= RISK.newPayeeLarge * facts.unit) {
    raise('new-payee-large', 'step_up');
  }
  if (
    !facts.allowNight &&
    RISK.nightHours.includes(facts.localHour) &&
    facts.amount >= RISK.nightLarge * facts.unit
  ) {
    raise('night-large', 'step_up');
  }
  if (facts.usedToday + facts.amount >= facts.dailyLimit * RISK.nearLimitShare)
    raise('near-daily-limit', 'step_up');
  return { outcome, reasons };
}
