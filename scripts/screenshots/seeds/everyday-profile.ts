import {
  TIME_ZONE,
  builtinCategories,
  createAccounts,
} from '../../../test/e2e/support/purse-calls';
import type { Seed } from '../shot';
import { namesIn, type Bilingual } from './names';

const NAMES = {
  wallet: ['Daily wallet', '支付宝余额'],
  card: ['Salary card', '工资卡'],
  bank: ['China Merchants Bank', '招商银行'],
  credit: ['Travel credit card', '出行信用卡'],
  cash: ['Cash', '随身现金'],
  dollars: ['Dollar savings', '美元储蓄'],
  lunch: ['Lunch with the team', '和同事吃午饭'],
  groceries: ['Weekly groceries', '每周买菜'],
  metro: ['Metro', '地铁'],
} satisfies Bilingual<string>;

/** Five accounts (one in dollars), a salary, a transfer and a day's spending. */
export const everydayProfile: Seed = async (purse, language) => {
  const names = namesIn(NAMES, language);
  const { wallet, card } = await createAccounts(purse, {
    wallet: { kind: 'wallet', name: names.wallet, openingBalance: 128_640 },
    card: {
      kind: 'bank_card',
      name: names.card,
      institution: names.bank,
      openingBalance: 1_845_000,
    },
    credit: { kind: 'credit_card', name: names.credit, openingBalance: -231_075 },
    cash: { kind: 'cash', name: names.cash, openingBalance: 32_000 },
    dollars: { kind: 'savings', name: names.dollars, currency: 'USD', openingBalance: 500_000 },
  });
  const category = await builtinCategories(purse);
  const hoursAgo = (hours: number) => Date.now() - hours * 3_600_000;
  await purse.transactions.record({
    kind: 'income',
    accountId: card.id,
    categoryId: category('salary'),
    amount: 1_500_000,
    occurredAt: hoursAgo(30),
    timeZone: TIME_ZONE,
  });
  await purse.transactions.record({
    kind: 'transfer',
    accountId: card.id,
    toAccountId: wallet.id,
    amount: 200_000,
    occurredAt: hoursAgo(20),
    timeZone: TIME_ZONE,
  });
  const spent = [
    ['groceries', 12_600, 8, names.groceries],
    ['transport', 600, 5, names.metro],
    ['food', 3_850, 2, names.lunch],
  ] as const;
  for (const [builtin, amount, hours, memo] of spent) {
    await purse.transactions.record({
      kind: 'expense',
      accountId: wallet.id,
      categoryId: category(builtin),
      amount,
      occurredAt: hoursAgo(hours),
      timeZone: TIME_ZONE,
      memo,
    });
  }
};
