import { describe, expect, it } from 'vitest';
import { generateLedger } from '../../../bench/generator/generate-ledger';
import { createPurseBooks, purseDraftChunks } from '../../../bench/generator/write-purse';
import { splitPeriod } from '../../../src/ledger/engine/analytics/analytics';
import { bulkPostTransactions } from '../../../src/ledger/engine/bulk/bulk-post';
import type { EngineContext } from '../../../src/ledger/engine/context';
import { categoryIdOf, isOwnAccount } from '../../../src/ledger/engine/ledger-accounts';
import type { PurseDb } from '../../../src/ledger/db';
import type { AnalyticsReport } from '../../../src/shared/analytics';
import type { CurrencyCode } from '../../../src/shared/currencies';
import { addMonths, monthKeyOf } from '../../../src/shared/dates';
import { newId } from '../../../src/shared/ids';
import { TO_PEOPLE } from '../../../src/shared/month-figures';
import {
  allPostings,
  categoryByBuiltin,
  ledgersClosedAfterEach,
  walletWith,
  type LedgerFixture,
} from '../../support/ledger-fixture';

const TZ = 'Asia/Shanghai';
const openFreshLedger = ledgersClosedAfterEach();

async function ledger(): Promise<LedgerFixture> {
  const fixture = await openFreshLedger();
  return fixture;
}

/** A few hundred generated transactions over several years, written by bulk import. */
async function generated(size = 400) {
  const fixture = await ledger();
  const books = generateLedger(size, 11);
  const ids = await createPurseBooks(fixture.api, books);
  const ctx: EngineContext = { db: fixture.db, clock: fixture.clock, timeZone: TZ };
  for (const chunk of purseDraftChunks(books, ids, 150)) await bulkPostTransactions(ctx, chunk);
  const first = monthKeyOf(books.transactions[0]!.occurredAt, TZ);
  const last = monthKeyOf(books.transactions.at(-1)!.occurredAt, TZ);
  return { fixture, first, last };
}

type Comparable = Omit<AnalyticsReport, 'budgetVsActual' | 'currencies'>;

/**
 * The report's numbers recomputed from the raw postings, without any aggregate row: money to
 * an expense category (less refunds) and to people is spending, the latter on its own line.
 */
async function fromPostings(
  db: PurseDb,
  from: string,
  to: string,
  currency: CurrencyCode = 'CNY',
): Promise<Comparable> {
  const [transactions, postings, categories, counterparties] = await Promise.all([
    db.transactions.toArray(),
    allPostings(db),
    db.categories.toArray(),
    db.counterparties.toArray(),
  ]);
  const txnById = new Map(transactions.map((txn) => [txn.id, txn]));
  const kindOf = new Map(categories.map((category) => [category.id, category.kind]));
  const contacts = new Set(counterparties.filter((c) => c.kind === 'contact').map((c) => c.id));
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  const flows = new Map(months.map((month) => [month, { income: 0, expense: 0 }]));
  const spending = new Map<string, number>();
  const income = new Map<string, number>();
  const moved = new Map<string, number>();
  let before = 0;
  let toPeople = 0;
  const merchants = new Map<string, { amount: number; count: number }>();
  for (const posting of postings) {
    if (posting.currency !== currency) continue;
    const { month, amount, ledgerAccount } = posting;
    if (isOwnAccount(ledgerAccount)) {
      if (month < from) before += amount;
      else if (month <= to) moved.set(month, (moved.get(month) ?? 0) + amount);
      continue;
    }
    if (month < from || month > to) continue;
    const categoryId = categoryIdOf(ledgerAccount);
    const external = ledgerAccount.startsWith('external:');
    if (external) {
      flows.get(month)!.expense += amount;
      spending.set(TO_PEOPLE, (spending.get(TO_PEOPLE) ?? 0) + amount);
      toPeople += amount;
    }
    if (categoryId) {
      const flow = flows.get(month)!;
      if (kindOf.get(categoryId) === 'income') {
        income.set(categoryId, (income.get(categoryId) ?? 0) - amount);
        flow.income -= amount;
      } else {
        spending.set(categoryId, (spending.get(categoryId) ?? 0) + amount);
        flow.expense += amount;
      }
    }
    const counterpartyId = txnById.get(posting.txnId)?.counterpartyId;
    if ((categoryId || external) && counterpartyId && !contacts.has(counterpartyId)) {
      const entry = merchants.get(counterpartyId) ?? { amount: 0, count: 0 };
      entry.amount += amount;
      entry.count += 1;
      merchants.set(counterpartyId, entry);
    }
  }
  const amounts = (map: Map<string, number>) =>
    [...map]
      .filter(([, amount]) => amount !== 0)
      .map(([categoryId, amount]) => ({ categoryId, amount }))
      .sort((a, b) => b.amount - a.amount);
  let running = before;
  const flowRows = months.map((month) => {
    const flow = flows.get(month)!;
    return { month, ...flow, net: flow.income - flow.expense };
  });
  const totalIncome = flowRows.reduce((sum, m) => sum + m.income, 0);
  const totalExpense = flowRows.reduce((sum, m) => sum + m.expense, 0);
  return {
    from,
    to,
    currency,
    spendingByCategory: amounts(spending),
    incomeByCategory: amounts(income),
    months: flowRows,
    netWorth: months.map((month) => ({ month, value: (running += moved.get(month) ?? 0) })),
    topMerchants: [...merchants]
      .filter(([, entry]) => entry.amount > 0)
      .map(([counterpartyId, entry]) => ({ counterpartyId, ...entry }))
      .sort((a, b) => b.amount - a.amount)
      .slice(0, 10),
    totals: {
      income: totalIncome,
      expense: totalExpense,
      net: totalIncome - totalExpense,
      toPeople,
    },
  };
}

/** Equal amounts may come in either order: break ties by id before comparing. */
function normalised(report: Comparable): Comparable {
  const byAmount = <T extends { amount: number }>(rows: readonly T[], id: (row: T) => string) =>
    [...rows].sort((a, b) => b.amount - a.amount || id(a).localeCompare(id(b)));
  return {
    ...report,
    spendingByCategory: byAmount(report.spendingByCategory, (row) => row.categoryId),
    incomeByCategory: byAmount(report.incomeByCategory, (row) => row.categoryId),
    topMerchants: byAmount(report.topMerchants, (row) => row.counterpartyId),
  };
}

async function expectReportMatchesPostings(
  fixture: LedgerFixture,
  from: string,
  to: string,
  currency: CurrencyCode = 'CNY',
) {
  const {
    budgetVsActual: _,
    currencies: _currencies,
    ...report
  } = await fixture.api['analytics.report']({
    from,
    to,
    currency,
  });
  expect(normalised(report)).toEqual(
    normalised(await fromPostings(fixture.db, from, to, currency)),
  );
  return report;
}

describe('splitPeriod', () => {
  it('reads whole calendar years as years and only the months at the edges as months', () => {
    expect(splitPeriod('2013-05', '2024-03')).toEqual({
      years: ['2014', '2023'],
      months: [
        ['2013-05', '2013-12'],
        ['2024-01', '2024-03'],
      ],
    });
    expect(splitPeriod('2020-01', '2022-12')).toEqual({ years: ['2020', '2022'], months: [] });
    expect(splitPeriod('2020-01', '2020-12')).toEqual({ years: ['2020', '2020'], months: [] });
  });

  it('keeps a period without a whole year as one range of months', () => {
    expect(splitPeriod('2020-02', '2021-11')).toEqual({ months: [['2020-02', '2021-11']] });
    expect(splitPeriod('2020-02', '2020-02')).toEqual({ months: [['2020-02', '2020-02']] });
    expect(splitPeriod('2020-12', '2021-01')).toEqual({ months: [['2020-12', '2021-01']] });
  });
});

describe('analytics report from the roll-ups', () => {
  it('equals a recomputation from the raw postings over all time', async () => {
    const { fixture, first, last } = await generated();
    const report = await expectReportMatchesPostings(fixture, first, last);
    expect(report.spendingByCategory.length).toBeGreaterThan(3);
    expect(report.topMerchants.length).toBeGreaterThan(3);
    // Also in the other currency, and from long before the first posting.
    await expectReportMatchesPostings(fixture, first, last, 'USD');
    await expectReportMatchesPostings(fixture, addMonths(first, -40), last);
  });

  it('equals a recomputation for periods spanning partial and whole years', async () => {
    const { fixture, first, last } = await generated();
    const year = Number(first.slice(0, 4));
    await expectReportMatchesPostings(fixture, `${year}-05`, `${year + 3}-03`);
    await expectReportMatchesPostings(fixture, `${year + 1}-01`, `${year + 2}-12`);
    await expectReportMatchesPostings(fixture, `${year + 1}-01`, `${year + 1}-12`);
    await expectReportMatchesPostings(fixture, `${year + 1}-07`, `${year + 2}-06`);
    await expectReportMatchesPostings(fixture, `${year + 2}-01`, last);
  });

  it('equals a recomputation for a single month', async () => {
    const { fixture, first, last } = await generated();
    const year = Number(first.slice(0, 4));
    await expectReportMatchesPostings(fixture, last, last);
    await expectReportMatchesPostings(fixture, `${year + 1}-01`, `${year + 1}-01`);
    await expectReportMatchesPostings(fixture, `${year + 1}-12`, `${year + 1}-12`);
  });

  it('reports zeros and no categories on an empty ledger', async () => {
    const fixture = await ledger();
    const report = await expectReportMatchesPostings(fixture, '2015-03', '2026-11');
    expect(report.spendingByCategory).toEqual([]);
    expect(report.totals).toEqual({ income: 0, expense: 0, net: 0, toPeople: 0 });
    expect(report.netWorth.every((point) => point.value === 0)).toBe(true);
  });

  it('stays equal after payments, a refund and a category change, and verify agrees', async () => {
    const { fixture, first, last } = await generated(200);
    const wallet = await walletWith(fixture.api, 1_000_000);
    const [food, transport, salary] = await Promise.all(
      ['food', 'transport', 'salary'].map((builtin) => categoryByBuiltin(fixture.api, builtin)),
    );
    // A payment today, in a new year, to a merchant new to the ledger, then a refund of it.
    const payment = await fixture.internal['payments.commit']({
      requestId: newId(),
      accountId: wallet.id,
      merchant: { name: 'Corner Shop' },
      amount: 4_200,
      timeZone: TZ,
      stepUpPassed: true,
    });
    await fixture.internal['refunds.commit']({
      requestId: newId(),
      paymentId: payment.transaction.id,
      amount: 1_200,
      timeZone: TZ,
      stepUpPassed: true,
    });
    const { transaction: lunch } = await fixture.api['transactions.record']({
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food!.id,
      amount: 3_000,
      occurredAt: Date.UTC(2026, 1, 3, 4),
      timeZone: TZ,
    });
    await fixture.api['transactions.record']({
      kind: 'income',
      accountId: wallet.id,
      categoryId: salary!.id,
      amount: 900_000,
      occurredAt: Date.UTC(2026, 1, 10, 4),
      timeZone: TZ,
    });
    await fixture.api['transactions.update']({ id: lunch.id, categoryId: transport!.id });

    expect((await fixture.api['ledger.verify'](undefined)).problems).toEqual([]);
    const now = monthKeyOf(fixture.clock.now(), TZ);
    expect(now > last).toBe(true);
    await expectReportMatchesPostings(fixture, first, now);
    await expectReportMatchesPostings(fixture, '2026-01', '2026-12');
    await expectReportMatchesPostings(fixture, '2026-02', '2026-02');
    await expectReportMatchesPostings(fixture, now, now);
  });
});
