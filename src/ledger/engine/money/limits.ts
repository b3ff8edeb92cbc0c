import type { CurrencyCode } from '../../../shared/currencies';
import { minorDigits } from '../../../shared/currencies';
import { dayKeyOf } from '../../../shared/dates';
import { PurseError } from '../../../shared/errors';
import type { LimitsView } from '../../../shared/payments';
import type { AggregateRow } from '../../db';
import { aggregateId, getRows } from '../aggregate-sheets';
import type { EngineContext } from '../context';
import { moneyState, type PaymentState } from './money-state';
import { effectiveLimits, TIER_LIMITS, tierAt, trustedFrom } from './tiers';

/** The ids of the limit rows of `now`'s local day and year in `currency`. */
export function limitRowIds(now: number, currency: CurrencyCode, timeZone: string): string[] {
  const day = dayKeyOf(now, timeZone);
  return [
    aggregateId('limit', currency, day, currency),
    aggregateId('limit', currency, day.slice(0, 4), currency),
  ];
}

/**
 * Today's and this year's limit usage and room, from the money state and the `limit` rows
 * of today and this year (as `limitRowIds` names them), read by the caller.
 */
export function limitsFrom(
  now: number,
  currency: CurrencyCode,
  state: Pick<PaymentState, 'identity' | 'record' | 'userLimits'>,
  [todayRow, yearRow]: readonly (AggregateRow | undefined)[],
): LimitsView {
  const inputs = {
    verifiedAt: state.identity?.verifiedAt ?? null,
    lastIncidentAt: state.record.lastIncidentAt,
  };
  const tier = tierAt(inputs, now);
  const effective = effectiveLimits(tier, state.userLimits);
  const unit = 10 ** minorDigits(currency);
  const usedToday = todayRow?.debit ?? 0;
  const usedThisYear = yearRow?.debit ?? 0;
  return {
    tier,
    tierLimits: TIER_LIMITS[tier],
    effective,
    userLimits: state.userLimits,
    currency,
    usedToday,
    usedThisYear,
    roomToday: Math.max(
      0,
      Math.min(effective.daily * unit - usedToday, effective.yearly * unit - usedThisYear),
    ),
    roomThisYear: Math.max(0, effective.yearly * unit - usedThisYear),
    trustedFrom: tier === 'verified' ? trustedFrom(inputs) : null,
  };
}

/** Today's and this year's limit usage and room, from the `limit` aggregates. */
export async function limitsView(
  ctx: EngineContext,
  currency: CurrencyCode,
  timeZone: string,
): Promise<LimitsView> {
  const now = ctx.clock.now();
  // One round: the state and the day's and year's usage are read together.
  const [state, rows] = await Promise.all([
    moneyState.forPayment(ctx.db),
    getRows(ctx.db.aggregates, limitRowIds(now, currency, timeZone)),
  ]);
  return limitsFrom(now, currency, state, rows);
}

/** Refuses an amount over any limit, saying which one and how much room is left today. */
export function assertWithinLimits(view: LimitsView, amount: number): void {
  const unit = 10 ** minorDigits(view.currency);
  const details = { roomToday: view.roomToday, currency: view.currency, tier: view.tier };
  if (amount > view.effective.perPayment * unit) {
    throw new PurseError('LIMIT_EXCEEDED', 'This is more than one payment may be.', {
      ...details,
      limit: 'perPayment',
      max: view.effective.perPayment * unit,
    });
  }
  if (amount > view.roomToday) {
    const yearly = view.roomThisYear < view.effective.daily * unit - view.usedToday;
    throw new PurseError('LIMIT_EXCEEDED', 'This would pass your payment limit.', {
      ...details,
      limit: yearly ? 'yearly' : 'daily',
      max: yearly ? view.effective.yearly * unit : view.effective.daily * unit,
    });
  }
}
