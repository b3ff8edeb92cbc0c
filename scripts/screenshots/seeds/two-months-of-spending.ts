import {
  TIME_ZONE,
  builtinCategories,
  createAccounts,
} from '../../../test/e2e/support/purse-calls';
import type { Seed } from '../shot';
import { namesIn, type Bilingual } from './names';

const NAMES = {
  wallet: ['Wallet', '零钱'],
  bank: ['CMB debit card', '招商银行储蓄卡'],
  hotPot: ['Hot Pot House', '海底捞'],
  teamDinner: ['team dinner', '和同事聚餐'],
  market: ['Fresh Market', '盒马鲜生'],
  weekendShop: ['weekend shop', '周末采购'],
  rides: ['Ride app', '滴滴出行'],
  lateTaxi: ['late taxi', '加班打车'],
  topUp: ['top up wallet', '充零钱'],
} satisfies Bilingual<string>;

const DAY = 86_400_000;

/**
 * A wallet and a bank card, with 55 days of spending at three merchants (every other one with
 * a memo), two salaries and a transfer an hour ago.
 */
export const twoMonthsOfSpending: Seed = async (purse, language) => {
  const names = namesIn(NAMES, language);
  const { wallet, bank } = await createAccounts(purse, {
    wallet: { kind: 'wallet', name: names.wallet, openingBalance: 800_000 },
    bank: { kind: 'bank_card', name: names.bank, openingBalance: 3_000_000 },
  });
  const category = await builtinCategories(purse);
  const spentAt = [
    [names.hotPot, 'food', names.teamDinner],
    [names.market, 'groceries', names.weekendShop],
    [names.rides, 'transport', names.lateTaxi],
  ] as const;
  const places = [];
  for (const [name, builtin, memo] of spentAt) {
    const merchant = await purse.counterparties.create({ kind: 'merchant', name });
    places.push({ merchant: merchant.id, categoryId: category(builtin), memo });
  }
  const now = Date.now();
  for (let back = 55; back >= 1; back -= 1) {
    const place = places[back % 3]!;
    await purse.transactions.record({
      kind: 'expense',
      accountId: back % 4 === 0 ? bank.id : wallet.id,
      categoryId: place.categoryId,
      counterpartyId: place.merchant,
      amount: 1_500 + ((back * 997) % 18_000),
      occurredAt: now - back * DAY,
      timeZone: TIME_ZONE,
      ...(back % 2 === 0 ? { memo: place.memo } : {}),
    });
    if (back % 30 !== 2) continue;
    await purse.transactions.record({
      kind: 'income',
      accountId: bank.id,
      categoryId: category('salary'),
      amount: 1_800_000,
      occurredAt: now - back * DAY + 3_600_000,
      timeZone: TIME_ZONE,
    });
  }
  await purse.transactions.record({
    kind: 'transfer',
    accountId: bank.id,
    toAccountId: wallet.id,
    amount: 200_000,
    occurredAt: now - 3_600_000,
    timeZone: TIME_ZONE,
    memo: names.topUp,
  });
};
