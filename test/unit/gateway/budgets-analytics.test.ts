import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBillScheduler } from '../../../src/gateway/bill-scheduler';
import type { AnalyticsReport, MonthlyReport } from '../../../src/shared/analytics';
import type { BudgetMonth } from '../../../src/shared/budgets';
import { monthKeyOf } from '../../../src/shared/dates';
import type { Account, Category } from '../../../src/shared/domain';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import { allPostings, categoryByBuiltin } from '../../support/ledger-fixture';

const TZ = 'Asia/Shanghai';
let fx: GatewayFixture;
let wallet: Account;
let food: Category;
let transport: Category;
let salary: Category;

const call = async <T>(method: string, input?: unknown) =>
  ok<T>(await fx.gateway.call(method, input));

function record(kind: 'expense' | 'income', category: Category, amount: number, at: number) {
  return call('transactions.record', {
    kind,
    accountId: wallet.id,
    categoryId: category.id,
    amount,
    occurredAt: at,
    timeZone: TZ,
  });
}

const settle = () => fx.gateway.idle();

beforeEach(async () => {
  fx = await freshGateway();
  fx.clock.set(Date.UTC(2026, 10, 25, 2, 0));
  wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 5_000_000,
  });
  food = await categoryByBuiltin(fx.api, 'food');
  transport = await categoryByBuiltin(fx.api, 'transport');
  salary = await categoryByBuiltin(fx.api, 'salary');
});
afterEach(() => fx.close());

describe('budgets', () => {
  it('shows spent, remaining and percent per category, with income beside them', async () => {
    await call('budgets.set', { categoryId: food.id, month: '2026-11', amount: 100_000 });
    await record('expense', food, 30_000, Date.UTC(2026, 10, 3));
    await record('income', salary, 1_500_000, Date.UTC(2026, 10, 10));
    const month = await call<BudgetMonth>('budgets.month', { month: '2026-11' });
    expect(month.lines).toEqual([
      expect.objectContaining({
        categoryId: food.id,
        budget: 100_000,
        spent: 30_000,
        remaining: 70_000,
        percent: 30,
        carried: 0,
      }),
    ]);
    expect(month.income).toBe(1_500_000);
  });

  it('carries a surplus or an overspend into next month by each category’s rule', async () => {
    await call('budgets.set', {
      categoryId: food.id,
      month: '2026-10',
      amount: 100_000,
      rollover: 'surplus',
    });
    await call('budgets.set', {
      categoryId: transport.id,
      month: '2026-10',
      amount: 20_000,
      rollover: 'overspend',
    });
    await record('expense', food, 60_000, Date.UTC(2026, 9, 5));
    await record('expense', transport, 25_000, Date.UTC(2026, 9, 6));
    const copied = await call<unknown[]>('budgets.copyLastMonth', { month: '2026-11' });
    expect(copied).toHaveLength(2);
    const november = await call<BudgetMonth>('budgets.month', { month: '2026-11' });
    const line = (id: string) => november.lines.find((l) => l.categoryId === id);
    expect(line(food.id)).toMatchObject({ budget: 100_000, carried: 40_000, available: 140_000 });
    expect(line(transport.id)).toMatchObject({
      budget: 20_000,
      carried: -5_000,
      available: 15_000,
    });
  });

  it('refuses a negative budget, accepts zero, and keeps a budget whose category was deleted', async () => {
    expect(
      await fx.gateway.call('budgets.set', { categoryId: food.id, month: '2026-11', amount: -1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await call('budgets.set', { categoryId: food.id, month: '2026-11', amount: 0 });
    await record('expense', food, 500, Date.UTC(2026, 10, 3));
    await fx.db.categories.update(food.id, { archived: true });
    const month = await call<BudgetMonth>('budgets.month', { month: '2026-11' });
    expect(month.lines[0]).toMatchObject({
      categoryActive: false,
      available: 0,
      spent: 500,
      percent: null,
    });
  });

  it('alerts at 80% and at 100% as notifications, once per category per month', async () => {
    await call('budgets.set', { categoryId: food.id, month: '2026-11', amount: 10_000 });
    await record('expense', food, 7_000, fx.clock.now());
    await settle();
    expect(fx.notifications).toEqual([]);
    await record('expense', food, 1_500, fx.clock.now());
    await settle();
    await record('expense', food, 100, fx.clock.now());
    await settle();
    await record('expense', food, 2_000, fx.clock.now());
    await settle();
    await record('expense', food, 2_000, fx.clock.now());
    await settle();
    expect(fx.notifications.map((n) => n.title)).toEqual([
      'Food & dining budget 80% used',
      'Food & dining budget used up',
    ]);
  });
});

describe('analytics.report', () => {
  it('equals a recomputation from the raw postings', async () => {
    const shop = await call<{ id: string }>('counterparties.create', {
      kind: 'merchant',
      name: 'Hema',
    });
    const entries: [Category, number, number][] = [
      [food, 12_345, Date.UTC(2026, 7, 2)],
      [transport, 2_000, Date.UTC(2026, 8, 15)],
      [food, 8_800, Date.UTC(2026, 9, 31, 17)],
      [food, 6_600, Date.UTC(2026, 10, 1)],
      [salary, 900_000, Date.UTC(2026, 9, 10)],
    ];
    for (const [category, amount, at] of entries) {
      const kind = category.kind;
      await call('transactions.record', {
        kind,
        accountId: wallet.id,
        categoryId: category.id,
        amount,
        occurredAt: at,
        timeZone: TZ,
        ...(kind === 'expense' ? { counterpartyId: shop.id } : {}),
      });
    }
    const report = await call<AnalyticsReport>('analytics.report', {
      from: '2026-08',
      to: '2026-11',
    });

    // The same numbers straight from the postings, with no aggregate involved.
    const [postings, transactions] = await Promise.all([
      allPostings(fx.db),
      fx.db.transactions.toArray(),
    ]);
    const txnOf = new Map(transactions.map((t) => [t.id, t]));
    const spending = new Map<string, number>();
    const flows = new Map<string, { income: number; expense: number }>();
    let worth = 0;
    const worthBy = new Map<string, number>();
    for (const p of postings.sort((a, b) => a.month.localeCompare(b.month))) {
      const flow = flows.get(p.month) ?? { income: 0, expense: 0 };
      if (p.ledgerAccount.startsWith('category:')) {
        const id = p.ledgerAccount.slice('category:'.length);
        if (id === salary.id) flow.income -= p.amount;
        else {
          flow.expense += p.amount;
          if (p.month >= '2026-08') spending.set(id, (spending.get(id) ?? 0) + p.amount);
        }
      } else if (!p.ledgerAccount.includes(':')) {
        worth += p.amount;
        worthBy.set(p.month, worth);
      }
      flows.set(p.month, flow);
      expect(txnOf.has(p.txnId)).toBe(true);
    }
    expect(report.spendingByCategory).toEqual(
      [...spending]
        .map(([categoryId, amount]) => ({ categoryId, amount }))
        .sort((a, b) => b.amount - a.amount),
    );
    for (const m of report.months) {
      const flow = flows.get(m.month) ?? { income: 0, expense: 0 };
      expect(m).toEqual({
        month: m.month,
        income: flow.income,
        expense: flow.expense,
        net: flow.income - flow.expense,
      });
    }
    let last = 5_000_000;
    for (const point of report.netWorth) {
      last = worthBy.get(point.month) ?? last;
      expect(point.value).toBe(last);
    }
    expect(report.topMerchants).toEqual([
      { counterpartyId: shop.id, amount: 12_345 + 2_000 + 8_800 + 6_600, count: 4 },
    ]);
    // The 31 October 17:00 UTC dinner is 1 November in Shanghai.
    expect(report.months.find((m) => m.month === '2026-11')?.expense).toBe(8_800 + 6_600);
  });

  it('answers an empty period plainly', async () => {
    const report = await call<AnalyticsReport>('analytics.report', {
      from: '2020-01',
      to: '2020-12',
    });
    expect(report.spendingByCategory).toEqual([]);
    expect(report.totals).toEqual({ income: 0, expense: 0, net: 0, toPeople: 0 });
    expect(report.months).toHaveLength(12);
    expect(
      await fx.gateway.call('analytics.report', { from: '2026-12', to: '2026-01' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('opens the transactions behind a chart segment', async () => {
    await record('expense', food, 100, Date.UTC(2026, 10, 3));
    await record('expense', transport, 200, Date.UTC(2026, 10, 4));
    const rows = await call<{ categoryId: string }[]>('analytics.transactions', {
      from: '2026-11',
      to: '2026-11',
      categoryId: transport.id,
    });
    expect(rows.map((r) => r.categoryId)).toEqual([transport.id]);
  });
});

describe('reports.monthly', () => {
  it('compares each category with last month and the 3-month average, and lists missed budgets', async () => {
    for (const [month, amount] of [
      [7, 10_000],
      [8, 10_000],
      [9, 10_000],
      [10, 25_000],
    ] as const) {
      await record('expense', food, amount, Date.UTC(2026, month, 5));
    }
    await call('budgets.set', { categoryId: food.id, month: '2026-11', amount: 20_000 });
    const report = await call<MonthlyReport>('reports.monthly', { month: '2026-11' });
    expect(report.changes[0]).toMatchObject({
      categoryId: food.id,
      thisMonth: 25_000,
      lastMonth: 10_000,
      average3: 10_000,
      changePercent: 150,
    });
    expect(report.budgetsMissed).toEqual([
      { categoryId: food.id, available: 20_000, spent: 25_000 },
    ]);
    expect(report.expense).toBe(25_000);
  });

  it('is announced once on the first pass of the next month', async () => {
    await record('expense', food, 1_000, Date.UTC(2026, 10, 5));
    const deps = {
      ledger: fx.api,
      internal: fx.internal,
      notifier: { notify: (m: { title: string; body: string }) => void fx.notifications.push(m) },
      systemLocale: 'en-US',
      timeZone: TZ,
    };
    const december = Date.UTC(2026, 11, 1, 1);
    expect(monthKeyOf(december, TZ)).toBe('2026-12');
    await runBillScheduler(deps, december);
    await runBillScheduler(deps, december + 60_000);
    expect(fx.notifications.filter((n) => n.title === 'Your 2026-11 report is ready')).toHaveLength(
      1,
    );
  });
});
