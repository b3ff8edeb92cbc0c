import { randomUUID } from 'node:crypto';
import type { MethodInput } from '../../../src/shared/contract';
import { TIME_ZONE, createAccounts } from '../../../test/e2e/support/purse-calls';
import { TEST_PIN } from '../../../test/e2e/support/security';
import type { Seed } from '../shot';
import { namesIn, type Bilingual } from './names';

export const PAYMENT_NAMES = {
  wallet: ['Daily wallet', '支付宝余额'],
  card: ['Salary card', '工资卡'],
  bank: ['China Merchants Bank', '招商银行'],
  coffee: ['Luckin Coffee', '瑞幸咖啡'],
  market: ['Hema Fresh', '盒马鲜生'],
  friend: ['Lin Mei', '林梅'],
  dinner: ['Dinner on Friday', '周五聚餐'],
  couponBest: ['Coffee deal', '咖啡满减券'],
  couponPercent: ['Members 10% off', '会员九折'],
  couponMarket: ['Hema weekend', '盒马周末券'],
  couponExpired: ['Spring voucher', '春季代金券'],
} satisfies Bilingual<string>;

const DAY = 86_400_000;
/** Under the basic tier's ¥500 for one payment. */
const MOST_IN_ONE_PAYMENT = 48_000;

type CouponInput = MethodInput<'promotions.create'>;
/** What a coupon takes off. */
type Offer = Pick<CouponInput, 'kind' | 'amountOff' | 'minSpend' | 'percentBp' | 'maxDiscount'>;

/**
 * A wallet and a bank card, two merchants, four coupons (one expired) and, for the shots
 * about limits, `paidToday` fen already paid today.
 */
export function walletAndCoupons(paidToday = 0): Seed {
  return async (purse, language) => {
    const names = namesIn(PAYMENT_NAMES, language);
    const { wallet } = await createAccounts(purse, {
      wallet: { kind: 'wallet', name: names.wallet, openingBalance: 286_450 },
      card: {
        kind: 'bank_card',
        name: names.card,
        institution: names.bank,
        openingBalance: 1_845_000,
      },
    });
    const coffee = await purse.counterparties.create({ kind: 'merchant', name: names.coffee });
    const market = await purse.counterparties.create({ kind: 'merchant', name: names.market });
    const now = Date.now();
    const coupon = (name: string, offer: Offer, terms: Partial<CouponInput> = {}) =>
      purse.promotions.create({
        name,
        currency: 'CNY',
        validFrom: now - 3 * DAY,
        validTo: now + 27 * DAY,
        maxUses: 3,
        ...offer,
        ...terms,
      });
    await coupon(names.couponBest, { kind: 'threshold', amountOff: 1_000, minSpend: 5_000 });
    await coupon(
      names.couponPercent,
      { kind: 'percent', percentBp: 1_000, maxDiscount: 2_000 },
      { merchantId: coffee.id },
    );
    await coupon(
      names.couponMarket,
      { kind: 'threshold', amountOff: 3_000, minSpend: 20_000 },
      { merchantId: market.id, maxUses: 1 },
    );
    await coupon(
      names.couponExpired,
      { kind: 'fixed', amountOff: 500 },
      { validFrom: now - 60 * DAY, validTo: now - 2 * DAY },
    );
    for (let left = paidToday; left > 0; left -= MOST_IN_ONE_PAYMENT) {
      await purse.payments.create({
        requestId: randomUUID(),
        accountId: wallet.id,
        merchant: { id: market.id },
        amount: Math.min(left, MOST_IN_ONE_PAYMENT),
        promotion: 'none',
        timeZone: TIME_ZONE,
        // The step-up such payments ask for, passed up front.
        auth: { pin: TEST_PIN, stepUpPin: TEST_PIN, confirmRisk: true },
      });
    }
  };
}
