import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasTool } from '../../../bench/compare/run-hledger';
import type { CurrencyCode } from '../../../src/shared/currencies';
import { addMonths, monthKeyOf, monthsBetween } from '../../../src/shared/dates';
import type { Account, Category } from '../../../src/shared/domain';
import { STATEMENT_COLUMNS } from '../../../src/shared/history';
import { newId } from '../../../src/shared/ids';
import { TO_PEOPLE } from '../../../src/shared/month-figures';
import {
  exportedStatement,
  figuresOnEveryScreen,
  hledgerFigures,
  type ShownFigures,
} from '../../support/figures-on-screens';
import { freshGateway, type GatewayFixture } from '../../support/gateway-fixture';
import { MemoryFileSink } from '../../support/memory-file-sink';

/** PURSE_PROPERTY_RUNS=100 for a longer hunt by hand. */
const RUNS = Number(process.env['PURSE_PROPERTY_RUNS'] ?? 12);
const TZ = 'Asia/Shanghai';
const RULES = join(import.meta.dirname, '../../../docs/purse.csv.rules');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CURRENCIES: readonly CurrencyCode[] = ['CNY', 'GBP'];
const EXPENSES = ['food', 'groceries', 'transport', 'shopping'] as const;
const INCOMES = ['salary', 'bonus'] as const;

/** What a person does, with indices into what exists (accounts: wallet, bank card, GBP card). */
type Op =
  | { t: 'pay'; from: number; merchant: number; category: number; amount: number }
  | {
      t: 'expense';
      account: number;
      category: number;
      amount: number;
      daysBack: number;
      /** Split in two: half on its category, the rest on the next one. */
      split?: boolean;
    }
  | { t: 'income'; account: number; category: number; amount: number }
  | { t: 'p2p'; from: number; contact: number; amount: number }
  | { t: 'refund'; payment: number; part: number }
  | { t: 'transfer'; from: number; to: number; amount: number }
  | { t: 'topup' | 'withdrawal'; amount: number }
  | { t: 'wait'; days: number }
  | { t: 'correct'; pick: number; amount: number; daysBack: number; category: number }
  | { t: 'delete'; pick: number }
  | { t: 'void'; pick: number };

const amount = fc.integer({ min: 100, max: 60_000 });
const account = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('pay' as const),
      from: account,
      merchant: fc.nat(3),
      category: fc.nat(3),
      amount,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('expense' as const),
      account,
      category: fc.nat(3),
      amount,
      daysBack: fc.nat(40),
      split: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('income' as const),
      account,
      category: fc.nat(1),
      amount: fc.integer({ min: 1_000, max: 900_000 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('p2p' as const),
      from: account,
      contact: fc.nat(2),
      amount,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('refund' as const),
      payment: fc.nat(20),
      part: fc.integer({ min: 1, max: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('transfer' as const),
      from: account,
      to: account,
      amount,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constantFrom('topup' as const, 'withdrawal' as const), amount }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('correct' as const),
      pick: fc.nat(),
      amount,
      daysBack: fc.nat(40),
      category: fc.nat(3),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('void' as const), pick: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('wait' as const),
      days: fc.integer({ min: 5, max: 40 }),
    }),
  },
);

/** A payment, a transfer to a friend, a refund of the payment a month later, and the rest. */
const EVERY_KIND_ACROSS_MONTHS: Op[] = [
  { t: 'income', account: 1, category: 0, amount: 1_250_000 },
  { t: 'pay', from: 0, merchant: 0, category: 0, amount: 10_000 },
  { t: 'p2p', from: 0, contact: 0, amount: 8_800 },
  { t: 'topup', amount: 50_000 },
  { t: 'transfer', from: 1, to: 0, amount: 20_000 },
  { t: 'wait', days: 35 },
  { t: 'refund', payment: 0, part: 4 },
  { t: 'pay', from: 1, merchant: 1, category: 1, amount: 4_550 },
  { t: 'refund', payment: 1, part: 2 },
  { t: 'expense', account: 2, category: 2, amount: 2_000, daysBack: 40, split: true },
  { t: 'income', account: 2, category: 1, amount: 90_000 },
  { t: 'p2p', from: 2, contact: 1, amount: 1_500 },
  { t: 'withdrawal', amount: 5_000 },
  { t: 'correct', pick: 0, amount: 2_500, daysBack: 38, category: 3 },
  { t: 'delete', pick: 1 },
  { t: 'p2p', from: 1, contact: 2, amount: 3_300 },
  { t: 'void', pick: 2 },
  { t: 'void', pick: 0 },
];

/** What the person did, as they would add it up: per `month|currency`, by the rules. */
class Model {
  readonly months = new Map<string, { income: number; lines: Record<string, number> }>();
  add(at: number, currency: string, figure: 'spending' | 'income', line: string, money: number) {
    const key = `${monthKeyOf(at, TZ)}|${currency}`;
    const month = this.months.get(key) ?? { income: 0, lines: {} };
    this.months.set(key, month);
    if (figure === 'income') month.income += money;
    else month.lines[line] = (month.lines[line] ?? 0) + money;
  }
  figures(month: string, currency: string): ShownFigures {
    const { income = 0, lines = {} } = this.months.get(`${month}|${currency}`) ?? {};
    const kept = Object.fromEntries(Object.entries(lines).filter(([, money]) => money !== 0));
    const spending = Object.values(kept).reduce((sum, money) => sum + money, 0);
    return {
      spending,
      income,
      net: income - spending,
      toPeople: kept[TO_PEOPLE] ?? 0,
      lines: kept,
    };
  }
}

interface Books {
  readonly fx: GatewayFixture;
  readonly sink: MemoryFileSink;
  readonly accounts: readonly Account[];
  readonly expense: readonly Category[];
  readonly income: readonly Category[];
  readonly categories: readonly Category[];
}

async function openBooks(): Promise<Books> {
  const sink = new MemoryFileSink();
  const fx = await freshGateway({ files: sink });
  fx.clock.set(Date.UTC(2026, 0, 5, 2));
  const create = (kind: string, name: string, currency: string, openingBalance: number) =>
    fx.api['accounts.create']({ kind, name, currency, openingBalance } as never);
  const accounts = [
    await create('wallet', 'Wallet', 'CNY', 2_000_000),
    await create('bank_card', 'ICBC', 'CNY', 8_000_000),
    await create('bank_card', 'Barclays', 'GBP', 3_000_000),
  ];
  const categories = await fx.api['categories.list'](undefined);
  const pick = (keys: readonly string[]) =>
    keys.map((key) => categories.find((category) => category.builtin === key)!);
  return { fx, sink, accounts, expense: pick(EXPENSES), income: pick(INCOMES), categories };
}

/** Runs the operations; refusals (limits, risk, balance) are part of life and change nothing. */
async function live(books: Books, ops: readonly Op[], model: Model): Promise<void> {
  const { fx, accounts } = books;
  const payments: { id: string; left: number; category: string; currency: string }[] = [];
  const contacts: (string | undefined)[] = [];
  /** Income and expenses recorded by hand: what may be corrected or deleted. */
  const recorded: {
    id: string;
    at: number;
    currency: string;
    figure: 'spending' | 'income';
    /** Its category lines: one, or a split's. */
    lines: { category: string; amount: number }[];
  }[] = [];
  /** Money a PIN confirmed that a void corrects, not voided yet. */
  const voidable: { id: string; kind: string; currency: string; amount: number }[] = [];
  const authorised = () => ({ requestId: newId(), timeZone: TZ, stepUpPassed: true });
  for (const step of ops) {
    fx.clock.advance(HOUR * (2 + (fx.clock.now() % 7)));
    const at = fx.clock.now();
    try {
      if (step.t === 'pay') {
        const from = accounts[step.from]!;
        const category = books.expense[step.category]!.id;
        const { transaction } = await fx.internal['payments.commit']({
          ...authorised(),
          accountId: from.id,
          merchant: { name: `Shop ${step.merchant}` },
          categoryId: category,
          amount: step.amount,
        });
        payments.push({
          id: transaction.id,
          left: transaction.amount,
          category,
          currency: from.currency,
        });
        model.add(at, from.currency, 'spending', category, transaction.amount);
      } else if (step.t === 'expense' || step.t === 'income') {
        const into = accounts[step.account]!;
        const pool = step.t === 'expense' ? books.expense : books.income;
        const category = pool[step.category]!.id;
        const occurredAt = at - (step.t === 'expense' ? step.daysBack * DAY : 0);
        const half = Math.floor(step.amount / 2);
        const lines =
          step.t === 'expense' && step.split
            ? [
                { category, amount: half },
                {
                  category: pool[(step.category + 1) % pool.length]!.id,
                  amount: step.amount - half,
                },
              ]
            : [{ category, amount: step.amount }];
        const { transaction } = await fx.api['transactions.record']({
          kind: step.t,
          accountId: into.id,
          ...(lines.length > 1
            ? { splits: lines.map((line) => ({ categoryId: line.category, amount: line.amount })) }
            : { categoryId: category }),
          amount: step.amount,
          occurredAt,
          timeZone: TZ,
        });
        const figure = step.t === 'expense' ? 'spending' : 'income';
        recorded.push({
          id: transaction.id,
          at: occurredAt,
          currency: into.currency,
          figure,
          lines,
        });
        for (const line of lines)
          model.add(occurredAt, into.currency, figure, line.category, line.amount);
      } else if (step.t === 'p2p') {
        const from = accounts[step.from]!;
        const known = contacts[step.contact];
        const to = known
          ? { contactId: known }
          : { newContact: { name: `Friend ${step.contact}` } };
        const { transaction } = await fx.internal['transfers.commit']({
          ...authorised(),
          accountId: from.id,
          to,
          amount: step.amount,
        });
        contacts[step.contact] = transaction.counterpartyId;
        voidable.push({
          id: transaction.id,
          kind: 'p2p',
          currency: from.currency,
          amount: step.amount,
        });
        model.add(at, from.currency, 'spending', TO_PEOPLE, step.amount);
      } else if (step.t === 'refund') {
        const payment = payments[step.payment % Math.max(payments.length, 1)];
        if (!payment || payment.left === 0) continue;
        const refund =
          step.part === 4 ? payment.left : Math.max(1, Math.floor((payment.left * step.part) / 4));
        await fx.internal['refunds.commit']({
          ...authorised(),
          paymentId: payment.id,
          amount: refund,
        });
        payment.left -= refund;
        model.add(at, payment.currency, 'spending', payment.category, -refund);
      } else if (step.t === 'transfer') {
        await fx.internal['transfers.commit']({
          ...authorised(),
          accountId: accounts[step.from]!.id,
          to: { accountId: accounts[step.to]!.id },
          amount: step.amount,
        });
      } else if (step.t === 'topup' || step.t === 'withdrawal') {
        const [from, to] =
          step.t === 'topup' ? [accounts[1]!, accounts[0]!] : [accounts[0]!, accounts[1]!];
        const { transaction } = await fx.internal[`${step.t}s.commit`]({
          ...authorised(),
          fromAccountId: from.id,
          toAccountId: to.id,
          amount: step.amount,
        });
        voidable.push({ id: transaction.id, kind: step.t, currency: 'CNY', amount: step.amount });
      } else if (step.t === 'void') {
        const index = step.pick % Math.max(voidable.length, 1);
        const entry = voidable[index];
        if (!entry) continue;
        await fx.internal['transactions.voidCommit']({ id: entry.id, timeZone: TZ });
        voidable.splice(index, 1);
        // The reversal counts when the void happens: money to people, back.
        if (entry.kind === 'p2p')
          model.add(at, entry.currency, 'spending', TO_PEOPLE, -entry.amount);
      } else if (step.t === 'correct' || step.t === 'delete') {
        const index = step.pick % Math.max(recorded.length, 1);
        const entry = recorded[index];
        if (!entry) continue;
        const takeOff = () => {
          for (const line of entry.lines)
            model.add(entry.at, entry.currency, entry.figure, line.category, -line.amount);
        };
        if (step.t === 'delete') {
          await fx.api['transactions.delete']({ id: entry.id });
          recorded.splice(index, 1);
          takeOff();
          continue;
        }
        const pool = entry.figure === 'spending' ? books.expense : books.income;
        const category = pool[step.category % pool.length]!.id;
        const occurredAt = at - step.daysBack * DAY;
        await fx.api['transactions.update']({
          id: entry.id,
          amount: step.amount,
          occurredAt,
          categoryId: category,
        });
        // A split corrected onto one category is one line again.
        takeOff();
        model.add(occurredAt, entry.currency, entry.figure, category, step.amount);
        recorded[index] = {
          ...entry,
          at: occurredAt,
          lines: [{ category, amount: step.amount }],
        };
      } else if (step.t === 'wait') {
        fx.clock.advance(step.days * DAY);
      }
    } catch (thrown) {
      if (!(thrown instanceof Error && 'code' in thrown)) throw thrown;
    }
  }
}

/** Every month the ledger has money in, up to today's. */
async function monthsOf(books: Books): Promise<string[]> {
  const transactions = await books.fx.api['transactions.recent']({ limit: 200 });
  const first = transactions.map((t) => t.month).sort()[0] ?? monthKeyOf(books.fx.clock.now(), TZ);
  return monthsBetween(addMonths(first, -1), monthKeyOf(books.fx.clock.now(), TZ));
}

/**
 * A budget in `currency` for every expense category and month, so that Budgets shows each
 * one's actual (a category has one budget a month, in one currency).
 */
async function budgetEverything(
  books: Books,
  months: readonly string[],
  currency: CurrencyCode,
): Promise<void> {
  for (const month of months)
    for (const category of books.expense)
      await books.fx.api['budgets.set']({
        categoryId: category.id,
        month,
        amount: 100_000,
        currency,
      });
}

const withoutPeople = (lines: Readonly<Record<string, number>> = {}) =>
  Object.fromEntries(Object.entries(lines).filter(([line]) => line !== TO_PEOPLE));

/** One month in one currency: every screen and hledger say what the model says. */
async function expectEveryScreenAgrees(
  books: Books,
  expected: ShownFigures,
  hledger: ShownFigures | undefined,
  month: string,
  currency: CurrencyCode,
): Promise<void> {
  const shown = await figuresOnEveryScreen(books.fx, books.sink, month, currency);
  const { lines, spending, income, net } = expected;
  const { lines: _lines, ...totals } = expected;
  const at = { month, currency };
  expect({ ...at, ...shown['analytics'] }).toEqual({ ...at, ...expected });
  expect({ ...at, ...shown['history'] }).toEqual({ ...at, ...totals });
  expect({ ...at, ...shown['statement'] }).toEqual({ ...at, ...totals });
  expect({ ...at, ...shown['home'] }).toEqual({ ...at, spending, income });
  expect({ ...at, ...shown['report'] }).toEqual({ ...at, spending, income, net, lines });
  expect({ ...at, ...shown['budgets'] }).toEqual({ ...at, income, lines: withoutPeople(lines) });
  const quiet = { spending: 0, income: 0, net: 0, toPeople: 0, lines: {} };
  expect({ ...at, ...(hledger ?? quiet) }).toEqual({ ...at, ...expected });
}

describe('the figures', () => {
  it.skipIf(!hasTool('hledger'))(
    'are the same on Home, History, Analytics, Budgets, the monthly report, the statement summary and in hledger, for every month of random ledgers',
    async () => {
      const scenario = fc.tuple(
        fc.array(op, { minLength: 12, maxLength: 40, size: 'max' }),
        fc.boolean(),
      );
      await fc.assert(
        fc.asyncProperty(scenario, async ([ops, chinese]) => {
          const books = await openBooks();
          try {
            const model = new Model();
            await live(books, ops, model);
            expect((await books.fx.api['ledger.verify'](undefined)).problems).toEqual([]);
            const months = await monthsOf(books);
            // Column names in another language change nothing hledger reads.
            const headers = chinese ? STATEMENT_COLUMNS.map((c) => `列${c}`) : undefined;
            const csv = await exportedStatement(books.fx, books.sink, headers);
            const hledger = hledgerFigures(csv, RULES, books.categories);
            for (const currency of CURRENCIES) {
              await budgetEverything(books, months, currency);
              for (const month of months) {
                const expected = model.figures(month, currency);
                const fromHledger = hledger.get(`${month}|${currency}`);
                await expectEveryScreenAgrees(books, expected, fromHledger, month, currency);
              }
            }
          } finally {
            await books.fx.close();
          }
        }),
        { numRuns: RUNS, examples: [[[EVERY_KIND_ACROSS_MONTHS, true]]] },
      );
    },
    240_000,
  );
});
