import { dateIn } from '../../../test/e2e/support/bills';
import {
  TIME_ZONE,
  builtinCategories,
  createAccounts,
} from '../../../test/e2e/support/purse-calls';
import type { Seed } from '../shot';
import { namesIn, type Bilingual } from './names';

const NAMES = {
  wallet: ['Daily wallet', '支付宝余额'],
  noodles: ['Lucky Noodles', '兰州拉面'],
  market: ['Fresh Market', '盒马鲜生'],
  metro: ['Metro', '上海地铁'],
  cinema: ['Star Cinema', '万达影城'],
} satisfies Bilingual<string>;

const DAY = 86_400_000;

/** Twelve months of salary and spending at a few merchants, and this month's budgets. */
export const yearOfSpending: Seed = async (purse, language) => {
  const names = namesIn(NAMES, language);
  const { wallet } = await createAccounts(purse, {
    wallet: { kind: 'wallet', name: names.wallet, openingBalance: 2_000_000 },
  });
  const category = await builtinCategories(purse);
  const merchant = async (name: string) =>
    (await purse.counterparties.create({ kind: 'merchant', name })).id;
  const noodles = await merchant(names.noodles);
  const market = await merchant(names.market);
  const metro = await merchant(names.metro);
  const cinema = await merchant(names.cinema);
  const record = (
    kind: 'expense' | 'income',
    builtin: string,
    amount: number,
    occurredAt: number,
    counterpartyId?: string,
  ) =>
    purse.transactions.record({
      kind,
      accountId: wallet.id,
      categoryId: category(builtin),
      amount,
      occurredAt,
      timeZone: TIME_ZONE,
      ...(counterpartyId ? { counterpartyId } : {}),
    });
  for (let back = 11; back >= 0; back -= 1) {
    const at = Date.now() - back * 30 * DAY - DAY;
    const wobble = 1 + ((back * 37) % 11) / 20;
    await record('income', 'salary', 1_500_000, at);
    await record('expense', 'housing', 450_000, at);
    await record('expense', 'groceries', Math.round(120_000 * wobble), at, market);
    await record('expense', 'food', Math.round(80_000 * wobble), at, noodles);
    await record('expense', 'transport', Math.round(20_000 * wobble), at, metro);
    if (back % 3 === 0) await record('expense', 'entertainment', 36_000, at, cinema);
    if (back === 0) await record('expense', 'shopping', 260_000, at);
  }
  const month = dateIn(0).slice(0, 7);
  const budgets = [
    ['groceries', 150_000, 'surplus'],
    ['food', 90_000],
    ['transport', 30_000, 'overspend'],
    ['shopping', 200_000],
    ['gifts', 0],
  ] as const;
  for (const [builtin, amount, rollover] of budgets) {
    await purse.budgets.set({
      categoryId: category(builtin),
      month,
      amount,
      ...(rollover ? { rollover } : {}),
    });
  }
};
