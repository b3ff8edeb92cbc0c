import { randomUUID } from 'node:crypto';
import type { MethodInput } from '../../../src/shared/contract';
import { dateIn } from '../../../test/e2e/support/bills';
import {
  TIME_ZONE,
  builtinCategories,
  createAccounts,
  type PurseCalls,
} from '../../../test/e2e/support/purse-calls';
import { TEST_PIN } from '../../../test/e2e/support/security';
import type { UiLanguage } from '../../../test/e2e/support/ui-text';
import type { Seed } from '../shot';
import { namesIn, type Bilingual } from './names';

type HouseholdKind = Extract<
  MethodInput<'bills.create'>['billerKind'],
  'electricity' | 'phone' | 'internet' | 'rent' | 'water' | 'insurance' | 'subscription'
>;

/** The accounts' names, and each bill's by its kind. */
export const BILL_NAMES: Bilingual<'wallet' | 'card' | 'salary' | 'topUp' | HouseholdKind> = {
  wallet: ['Daily wallet', '支付宝余额'],
  card: ['Salary card', '工资卡'],
  electricity: ['State Grid electricity', '国家电网电费'],
  phone: ['China Mobile', '中国移动话费'],
  internet: ['Home broadband', '家庭宽带'],
  rent: ['Flat rent', '房租'],
  water: ['City water', '自来水费'],
  insurance: ['Health insurance', '医疗保险'],
  subscription: ['Music streaming', '音乐会员'],
  salary: ['Salary', '工资'],
  topUp: ['Wallet top-up', '零钱转入'],
};

function payingAccounts(purse: PurseCalls, language: UiLanguage) {
  const names = namesIn(BILL_NAMES, language);
  return createAccounts(purse, {
    wallet: { kind: 'wallet', name: names.wallet, openingBalance: 328_640 },
    card: { kind: 'bank_card', name: names.card, openingBalance: 1_845_000 },
  });
}

/** A wallet and a bank card, and no bills yet. */
export const accountsWithoutBills: Seed = async (purse, language) => {
  await payingAccounts(purse, language);
};

type BillInput = MethodInput<'bills.create'>;
type Schedule = Pick<BillInput, 'firstDue' | 'schedule'>;
/** What sets a bill apart from the household's usual (fixed, from the wallet, 2 days' notice). */
type Unusual = Partial<
  Pick<BillInput, 'amountKind' | 'payFromAccountId' | 'remindDaysBefore' | 'autopay'>
>;

/** Due `days` from today, then every month on that day. */
function monthlyFrom(days: number): Schedule {
  const firstDue = dateIn(days);
  return { firstDue, schedule: { kind: 'monthly', dayOfMonth: Number(firstDue.slice(8, 10)) } };
}

/**
 * A household's bills: one overdue, one due today, some this month (two that vary), one
 * every two months, a yearly one, and one payment already made so a detail has history;
 * and two schedules that post on their own: the salary and a monthly top-up of the wallet.
 */
export const householdBills: Seed = async (purse, language) => {
  const names = namesIn(BILL_NAMES, language);
  const { wallet, card } = await payingAccounts(purse, language);
  const category = await builtinCategories(purse);
  const bill = (
    billerKind: HouseholdKind,
    builtin: string,
    amount: number,
    due: Schedule,
    unusual: Unusual = {},
  ) =>
    purse.bills.create({
      name: names[billerKind],
      billerKind,
      categoryId: category(builtin),
      amount,
      ...due,
      accountNumber: '0101 2233 4455',
      payFromAccountId: wallet.id,
      amountKind: 'fixed',
      remindDaysBefore: 2,
      timeZone: TIME_ZONE,
      ...unusual,
    });
  const varies = { amountKind: 'variable' } as const;
  const electricity = await bill('electricity', 'utilities', 18_650, monthlyFrom(3), varies);
  await bill('phone', 'telecom', 8_800, monthlyFrom(0), { remindDaysBefore: 0 });
  await bill('internet', 'telecom', 12_900, monthlyFrom(-5));
  await bill('rent', 'housing', 450_000, monthlyFrom(12), {
    payFromAccountId: card.id,
    remindDaysBefore: 5,
  });
  await bill(
    'water',
    'utilities',
    6_240,
    { firstDue: dateIn(20), schedule: { kind: 'every', unit: 'month', interval: 2 } },
    varies,
  );
  await bill(
    'insurance',
    'insurance',
    240_000,
    { firstDue: dateIn(95), schedule: { kind: 'yearly' } },
    { remindDaysBefore: 14 },
  );
  await bill('subscription', 'entertainment', 1_500, monthlyFrom(8));
  // Beside the bills, schedules that post on their own: the salary, and a monthly move.
  const common = {
    amountKind: 'fixed',
    remindDaysBefore: 0,
    timeZone: TIME_ZONE,
    autopay: true,
  } as const;
  await purse.bills.create({
    ...common,
    kind: 'income',
    name: names.salary,
    payFromAccountId: card.id,
    categoryId: category('salary'),
    amount: 1_850_000,
    ...monthlyFrom(9),
    weekend: 'before',
  });
  await purse.bills.create({
    ...common,
    kind: 'transfer',
    name: names.topUp,
    payFromAccountId: card.id,
    toAccountId: wallet.id,
    amount: 200_000,
    ...monthlyFrom(10),
  });
  await purse.bills.pay({
    billId: electricity.id,
    dueDate: dateIn(3),
    amount: 17_320,
    requestId: randomUUID(),
    timeZone: TIME_ZONE,
    auth: { pin: TEST_PIN },
  });
};
