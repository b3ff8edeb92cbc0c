import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/shared/domain';
import type { LimitsView, Promotion } from '../../../src/shared/payments';
import { reasonsOf, stepUpMethodOf } from '../../../src/renderer/features/money/money-auth';
import { payModeOf } from '../../../src/renderer/features/pay/pay-mode';
import {
  couponFits,
  couponStatus,
  parsePercent,
  percentText,
  zheText,
} from '../../../src/renderer/features/promotions/coupon-rules';
import { outflowProblem } from '../../../src/renderer/features/money/outflow-problem';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 2, 0);

function coupon(extra: Partial<Promotion> = {}): Promotion {
  return {
    id: '01900000-0000-7000-8000-000000000001',
    name: 'Coffee deal',
    kind: 'threshold',
    amountOff: 1_000,
    minSpend: 5_000,
    currency: 'CNY',
    validFrom: NOW - DAY,
    validTo: NOW + DAY,
    maxUses: 2,
    uses: 0,
    saved: 0,
    archived: false,
    createdAt: NOW - DAY,
    ...extra,
  };
}

describe('coupon rules', () => {
  it('say where a coupon stands', () => {
    expect(couponStatus(coupon(), NOW)).toBe('active');
    expect(couponStatus(coupon({ validFrom: NOW + 1 }), NOW)).toBe('not-started');
    expect(couponStatus(coupon({ validTo: NOW - 1 }), NOW)).toBe('expired');
    expect(couponStatus(coupon({ uses: 2 }), NOW)).toBe('used-up');
    expect(couponStatus(coupon({ archived: true, uses: 2 }), NOW)).toBe('archived');
  });

  it('offer only coupons that fit the payment: currency, merchant, minimum spend', () => {
    const use = { amount: 8_000, currency: 'CNY', merchantId: 'm1', now: NOW };
    expect(couponFits(coupon(), use)).toBe(true);
    expect(couponFits(coupon(), { ...use, amount: 4_999 })).toBe(false);
    expect(couponFits(coupon(), { ...use, currency: 'USD' })).toBe(false);
    expect(couponFits(coupon({ merchantId: 'm2' }), use)).toBe(false);
    expect(couponFits(coupon({ merchantId: 'm1' }), use)).toBe(true);
    // A merchant typed for the first time has no id yet: only "any merchant" coupons fit.
    expect(couponFits(coupon({ merchantId: 'm1' }), { ...use, merchantId: undefined })).toBe(false);
    expect(couponFits(coupon({ validTo: NOW - 1 }), use)).toBe(false);
  });

  it('read and write percentages in basis points without floats', () => {
    expect(parsePercent('10')).toBe(1_000);
    expect(parsePercent('12.5%')).toBe(1_250);
    expect(parsePercent(' 0.01 ')).toBe(1);
    expect(parsePercent('100')).toBe(10_000);
    expect(parsePercent('12.345')).toBeNull();
    expect(parsePercent('0')).toBeNull();
    expect(parsePercent('101')).toBeNull();
    expect(parsePercent('ten')).toBeNull();
    expect(percentText(1_250)).toBe('12.5');
    expect(percentText(1_000)).toBe('10');
    expect(percentText(5)).toBe('0.05');
  });

  it('say a discount the Chinese way: 10% off is 9折, 15% off is 8.5折', () => {
    expect(zheText(1_000)).toBe('9');
    expect(zheText(1_500)).toBe('8.5');
    expect(zheText(1_250)).toBe('8.75');
  });
});

describe('the pay screen', () => {
  it('pays a merchant by default and records by hand on its second tab', () => {
    expect(payModeOf(new URLSearchParams(''))).toEqual({ mode: 'pay', kind: 'expense' });
    expect(payModeOf(new URLSearchParams('mode=record'))).toEqual({
      mode: 'record',
      kind: 'expense',
    });
    // Old links to "record income" still land on the record tab.
    expect(payModeOf(new URLSearchParams('kind=income'))).toEqual({
      mode: 'record',
      kind: 'income',
    });
  });
});

describe('refusals before the PIN', () => {
  const wallet: Account = {
    id: '01900000-0000-7000-8000-0000000000a1',
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 50_000,
    balance: 50_000,
    archived: false,
    createdAt: NOW,
    updatedAt: NOW,
  };
  const limits: LimitsView = {
    tier: 'basic',
    tierLimits: { perPayment: 500, daily: 1_000, yearly: 10_000 },
    effective: { perPayment: 500, daily: 1_000, yearly: 10_000 },
    userLimits: {},
    currency: 'CNY',
    usedToday: 93_000,
    usedThisYear: 93_000,
    roomToday: 7_000,
    roomThisYear: 907_000,
    trustedFrom: null,
  };

  it('name the limit and the room left today', () => {
    expect(outflowProblem(wallet, 10_000, limits)).toEqual({
      code: 'LIMIT_EXCEEDED',
      details: {
        limit: 'daily',
        max: 100_000,
        roomToday: 7_000,
        currency: 'CNY',
        tier: 'basic',
      },
    });
    expect(outflowProblem(wallet, 50_001, { ...limits, roomToday: 100_000 })).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      details: { limit: 'perPayment', max: 50_000 },
    });
  });

  it('say when there is not enough money, except on a credit card', () => {
    expect(outflowProblem(wallet, 60_000, undefined)).toEqual({
      code: 'INSUFFICIENT_FUNDS',
      details: { balance: 50_000, needed: 60_000, currency: 'CNY' },
    });
    expect(outflowProblem({ ...wallet, kind: 'credit_card' }, 60_000, undefined)).toBeNull();
    expect(outflowProblem(wallet, 6_000, limits)).toBeNull();
  });
});

describe('step-up details', () => {
  it('read the reasons and the method the gateway sends', () => {
    const error = { details: { reasons: 'near-daily-limit,burst,unknown', method: 'totp' } };
    expect(reasonsOf(error)).toEqual(['near-daily-limit', 'burst']);
    expect(stepUpMethodOf(error)).toBe('totp');
    expect(stepUpMethodOf({ details: {} })).toBe('pin');
    expect(reasonsOf({})).toEqual([]);
  });
});
