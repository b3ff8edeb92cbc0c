import type { AccountKind, CounterpartyKind } from '../../src/shared/domain';

/**
 * A realistic personal ledger described without any Purse ids, so that the same ledger can
 * be written into Purse (through the engine) and as an hledger or ledger-cli journal. The
 * same seed and size always give the same ledger.
 */
export interface GenAccount {
  readonly key: string;
  readonly name: string;
  readonly kind: AccountKind;
  readonly currency: 'CNY' | 'USD';
  readonly opening: number;
}

export interface GenCounterparty {
  readonly key: string;
  readonly name: string;
  readonly kind: CounterpartyKind;
}

export type GenKind = 'expense' | 'income' | 'transfer' | 'refund' | 'p2p';

export interface GenTransaction {
  readonly kind: GenKind;
  readonly occurredAt: number;
  /** Positive, in minor units of the account's currency. */
  readonly amount: number;
  readonly account: string;
  readonly toAccount?: string;
  /** A built-in category's English name (expense categories for expenses and refunds). */
  readonly category?: string;
  readonly counterparty?: string;
  readonly memo?: string;
}

export interface GeneratedLedger {
  readonly seed: number;
  readonly years: number;
  readonly timeZone: string;
  /** UTC ms of the first day; opening balances are dated the day before. */
  readonly start: number;
  readonly accounts: readonly GenAccount[];
  readonly counterparties: readonly GenCounterparty[];
  readonly transactions: readonly GenTransaction[];
}

/** A small seeded PRNG (mulberry32): every run builds the same ledger. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACCOUNTS: readonly GenAccount[] = [
  { key: 'wallet', name: 'Wallet', kind: 'wallet', currency: 'CNY', opening: 200_000 },
  { key: 'bank', name: 'ICBC Debit', kind: 'bank_card', currency: 'CNY', opening: 5_000_000 },
  { key: 'card', name: 'CMB Credit', kind: 'credit_card', currency: 'CNY', opening: 0 },
  { key: 'cash', name: 'Cash', kind: 'cash', currency: 'CNY', opening: 50_000 },
  { key: 'savings', name: 'Savings', kind: 'savings', currency: 'CNY', opening: 10_000_000 },
  { key: 'usd', name: 'USD Account', kind: 'bank_card', currency: 'USD', opening: 300_000 },
];

/** Expense categories (built-in English names) with weights and a typical amount range. */
const SPENDING: readonly (readonly [string, number, number, number])[] = [
  ['Food & dining', 30, 1_500, 12_000],
  ['Groceries', 18, 2_000, 40_000],
  ['Transport', 14, 200, 8_000],
  ['Shopping', 10, 3_000, 150_000],
  ['Entertainment', 6, 2_000, 30_000],
  ['Health', 3, 2_000, 80_000],
  ['Education', 2, 5_000, 200_000],
  ['Travel', 2, 20_000, 500_000],
  ['Gifts & red packets', 3, 2_000, 50_000],
  ['Other spending', 2, 500, 20_000],
];
const SPENDING_WEIGHT = SPENDING.reduce((sum, [, weight]) => sum + weight, 0);

const BILLS: readonly (readonly [string, string, number, number])[] = [
  ['State Grid', 'Utilities', 8_000, 40_000],
  ['China Mobile', 'Phone & internet', 5_000, 20_000],
  ['Lianjia Rent', 'Housing & rent', 300_000, 600_000],
  ['Ping An Insurance', 'Insurance', 20_000, 100_000],
];

const MERCHANTS = [
  'Luckin Coffee',
  'Meituan',
  'Ele.me',
  'Hema',
  'Walmart',
  'Didi',
  'JD.com',
  'Taobao',
  'Starbucks',
  'Haidilao',
  'Metro',
  'Family Mart',
  'Uniqlo',
  'Wanda Cinema',
  'Pharmacy',
  'Carrefour',
  'Pinduoduo',
  'KFC',
  'McDonald’s',
  'Xiaomi Store',
  'Ctrip',
  'Bookstore',
];
const CONTACTS = ['Li Wei', 'Zhang Min', 'Wang Fang', 'Chen Jie', 'Liu Yang', 'Mum', 'Dad'];
const MEMOS = ['lunch', 'dinner with friends', 'weekly shop', 'taxi home', 'gift', 'coffee'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function between(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low));
}

/**
 * Generates `size` transactions over 5 to 20 years (chosen by the seed) in Shanghai time:
 * shopping at merchants, bills to billers, salaries and bonuses, red packets to and from
 * contacts, refunds, top-ups and card repayments between own accounts, and some USD travel.
 */
export function generateLedger(size: number, seed = 42): GeneratedLedger {
  const random = mulberry32(seed);
  const years = 5 + Math.floor(random() * 16);
  const start = Date.UTC(2026 - years, 0, 1) - 8 * 3_600_000;
  const span = years * 365 * 86_400_000;
  const counterparties: GenCounterparty[] = [
    ...MERCHANTS.map((name, i) => ({ key: `m${i}`, name, kind: 'merchant' as const })),
    ...BILLS.map(([name], i) => ({ key: `b${i}`, name, kind: 'biller' as const })),
    ...CONTACTS.map((name, i) => ({ key: `c${i}`, name, kind: 'contact' as const })),
    { key: 'employer', name: 'Acme Technology Ltd', kind: 'merchant' },
  ];
  const spendFrom = ['wallet', 'wallet', 'card', 'card', 'cash'];

  const times = Array.from({ length: size }, () => Math.floor(random() * span)).sort(
    (a, b) => a - b,
  );
  const transactions: GenTransaction[] = times.map((offset) => {
    // Daytime in Shanghai (07:00 to 23:00), on the day the offset falls on.
    const day = Math.floor(offset / 86_400_000) * 86_400_000;
    const occurredAt = start + day + between(random, 7 * 3_600_000, 23 * 3_600_000);
    const roll = random();
    if (roll < 0.74) {
      let r = random() * SPENDING_WEIGHT;
      const found = SPENDING.find(([, weight]) => (r -= weight) < 0) ?? SPENDING[0]!;
      const [category, , low, high] = found;
      return {
        kind: 'expense',
        occurredAt,
        amount: between(random, low, high),
        account: pick(random, spendFrom),
        category,
        counterparty: `m${Math.floor(random() * MERCHANTS.length)}`,
        ...(random() < 0.3 ? { memo: pick(random, MEMOS) } : {}),
      };
    }
    if (roll < 0.79) {
      const bill = Math.floor(random() * BILLS.length);
      const [, category, low, high] = BILLS[bill]!;
      return {
        kind: 'expense',
        occurredAt,
        amount: between(random, low, high),
        account: 'bank',
        category,
        counterparty: `b${bill}`,
        memo: 'bill',
      };
    }
    if (roll < 0.82) {
      const bonus = random() < 0.1;
      return {
        kind: 'income',
        occurredAt,
        amount: bonus
          ? between(random, 1_000_000, 5_000_000)
          : between(random, 1_500_000, 3_000_000),
        account: 'bank',
        category: bonus ? 'Bonus' : 'Salary',
        counterparty: 'employer',
      };
    }
    if (roll < 0.84) {
      return {
        kind: 'income',
        occurredAt,
        amount: between(random, 2_000, 50_000),
        account: 'wallet',
        category: 'Red packets received',
        counterparty: `c${Math.floor(random() * CONTACTS.length)}`,
      };
    }
    if (roll < 0.86) {
      return {
        kind: 'refund',
        occurredAt,
        amount: between(random, 500, 20_000),
        account: pick(random, spendFrom),
        category: 'Shopping',
        counterparty: `m${Math.floor(random() * MERCHANTS.length)}`,
        memo: 'refund',
      };
    }
    if (roll < 0.89) {
      return {
        kind: 'p2p',
        occurredAt,
        amount: between(random, 1_000, 100_000),
        account: 'wallet',
        counterparty: `c${Math.floor(random() * CONTACTS.length)}`,
        ...(random() < 0.5 ? { memo: 'red packet' } : {}),
      };
    }
    if (roll < 0.99) {
      const [from, to] = pick(random, [
        ['bank', 'wallet'],
        ['bank', 'card'],
        ['bank', 'card'],
        ['bank', 'cash'],
        ['bank', 'savings'],
        ['savings', 'bank'],
      ] as const);
      return {
        kind: 'transfer',
        occurredAt,
        amount: between(random, 10_000, 500_000),
        account: from,
        toAccount: to,
      };
    }
    return {
      kind: 'expense',
      occurredAt,
      amount: between(random, 500, 30_000),
      account: 'usd',
      category: random() < 0.5 ? 'Travel' : 'Food & dining',
      counterparty: `m${Math.floor(random() * MERCHANTS.length)}`,
      memo: 'trip',
    };
  });
  return {
    seed,
    years,
    timeZone: 'Asia/Shanghai',
    start,
    accounts: ACCOUNTS,
    counterparties,
    transactions,
  };
}
