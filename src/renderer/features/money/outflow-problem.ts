import { minorDigits } from '../../../shared/currencies';
import type { Account } from '../../../shared/domain';
import type { LimitsView } from '../../../shared/payments';
import type { DescribableError } from '../../i18n/describe-error';

/**
 * What will stop a transfer, worked out from what the UI knows (the balance, today's limits);
 * the ledger checks again, inside the transaction that moves the money.
 */
export function outflowProblem(
  from: Account,
  amount: number,
  limits: LimitsView | undefined,
): DescribableError | null {
  if (limits) {
    const unit = 10 ** minorDigits(limits.currency);
    const details = { roomToday: limits.roomToday, currency: limits.currency, tier: limits.tier };
    if (amount > limits.effective.perPayment * unit) {
      return {
        code: 'LIMIT_EXCEEDED',
        details: { ...details, limit: 'perPayment', max: limits.effective.perPayment * unit },
      };
    }
    if (amount > limits.roomToday) {
      return {
        code: 'LIMIT_EXCEEDED',
        details: { ...details, limit: 'daily', max: limits.effective.daily * unit },
      };
    }
  }
  if (from.kind !== 'credit_card' && from.balance < amount) {
    return {
      code: 'INSUFFICIENT_FUNDS',
      details: { balance: from.balance, needed: amount, currency: from.currency },
    };
  }
  return null;
}
