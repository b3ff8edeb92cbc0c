import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalyticsReport } from '../../../../src/shared/analytics';
import type { BudgetMonth } from '../../../../src/shared/budgets';
import type {
  EditedTransaction,
  TagFigures,
  TransactionChange,
} from '../../../../src/shared/corrections';
import type { Account, Category, TransactionDetail } from '../../../../src/shared/domain';
import type { HistoryTotals } from '../../../../src/shared/history';
import type { StatementChunk } from '../../../../src/shared/history';
import {
  correctionsFixture,
  TZ,
  type CorrectionsFixture,
} from '../../../support/corrections-fixture';
import { categoryByBuiltin } from '../../../support/ledger-fixture';

let c: CorrectionsFixture;
let wallet: Account;
let food: Category;
let groceries: Category;
let household: Category;
let salary: Category;

const call = <T>(method: string, input?: unknown) => c.call<T>(method, input);
const refusal = async (method: string, input: unknown) => {
  const result = await c.fx.gateway.call(method, input);
  if (result.ok) throw new Error(`${method} was accepted`);
  return result.error;
};
const NOV = { from: Date.UTC(2026, 9, 31, 16), to: Date.UTC(2026, 10, 30, 16) - 1 };

/** A supermarket receipt of ¥100, just after the wallet opened: ¥60 groceries, ¥25 household (#home), ¥15 lunch. */
function receipt(extra: Record<string, unknown> = {}) {
  return call<TransactionDetail>('transactions.record', {
    kind: 'expense',
    accountId: wallet.id,
    amount: 10_000,
    occurredAt: Date.UTC(2026, 10, 20, 5),
    timeZone: TZ,
    memo: 'Supermarket',
    splits: [
      { categoryId: groceries.id, amount: 6_000 },
      { categoryId: household.id, amount: 2_500, memo: 'Bin bags', tags: ['home'] },
      { categoryId: food.id, amount: 1_500 },
    ],
    ...extra,
  });
}

async function balance(): Promise<number> {
  const accounts = await call<Account[]>('accounts.list');
  return accounts.find((account) => account.id === wallet.id)!.balance;
}

async function spentOn(categoryId: string): Promise<number> {
  const report = await call<AnalyticsReport>('analytics.report', {
    from: '2026-11',
    to: '2026-11',
  });
  return report.spendingByCategory.find((line) => line.categoryId === categoryId)?.amount ?? 0;
}

async function historySpending(filters: Record<string, unknown>): Promise<number> {
  const totals = await call<HistoryTotals>('history.totals', { filters: { ...NOV, ...filters } });
  return totals.byCurrency[0]?.spending ?? 0;
}

beforeEach(async () => {
  c = await correctionsFixture();
  ({ wallet, food } = c);
  c.fx.clock.set(Date.UTC(2026, 10, 20, 6));
  groceries = await categoryByBuiltin(c.fx.api, 'groceries');
  household = await categoryByBuiltin(c.fx.api, 'utilities');
  salary = await categoryByBuiltin(c.fx.api, 'salary');
});
afterEach(() => c.fx.close());

describe('a split transaction', () => {
  it('takes the whole amount from the account and puts each line on its category on every screen', async () => {
    const split = await receipt();
    expect(split.transaction.categoryId).toBeUndefined();
    expect(split.postings).toHaveLength(4);
    expect(await balance()).toBe(100_000 - 10_000);
    expect(await spentOn(groceries.id)).toBe(6_000);
    expect(await spentOn(household.id)).toBe(2_500);
    expect(await spentOn(food.id)).toBe(1_500);
    expect(await historySpending({})).toBe(10_000);
    expect(await historySpending({ categoryId: household.id })).toBe(2_500);
    await call('budgets.set', { categoryId: groceries.id, month: '2026-11', amount: 50_000 });
    const budget = await call<BudgetMonth>('budgets.month', { month: '2026-11', currency: 'CNY' });
    expect(budget.lines.find((line) => line.categoryId === groceries.id)?.spent).toBe(6_000);
    await c.verifyOk();
  });

  it('is found in History by any of its lines’ categories and tags, counting only those lines', async () => {
    const split = await receipt();
    const page = await call<{ items: { id: string }[] }>('history.page', {
      filters: { categoryId: groceries.id },
    });
    expect(page.items.map((row) => row.id)).toEqual([split.transaction.id]);
    expect(await historySpending({ tag: 'home' })).toBe(2_500);
    const tags = await call<TagFigures[]>('analytics.tags', { from: '2026-11', to: '2026-11' });
    expect(tags).toEqual([
      { tag: 'home', count: 1, byCurrency: [expect.objectContaining({ spending: 2_500 })] },
    ]);
  });

  it('exports a statement row per line with the same transaction id and a running balance', async () => {
    const split = await receipt();
    const chunk = await call<StatementChunk>('statements.chunk', { filters: NOV });
    const rows = chunk.csv.trim().split('\n').slice(1);
    const cells = rows.map((row) => row.trim().split(','));
    const lines = cells.filter((row) => row.at(-1) === split.transaction.id);
    expect(lines).toHaveLength(3);
    expect(lines.map((row) => row[6])).toEqual(['-60.00', '-25.00', '-15.00']);
    expect(lines.map((row) => row[8])).toEqual(['900.00', '960.00', '985.00']);
    expect(lines.map((row) => row[5])).toEqual(['Supermarket', 'Bin bags', 'Supermarket']);
    expect(cells.length - lines.length).toBe(1);
  });

  it('refuses lines that do not add up, a category of the wrong kind, or one line, and records nothing', async () => {
    const before = await c.money();
    /** A ¥100 expense recorded with `splits` (and whatever else is given): its refusal. */
    const recordRefused = (splits: unknown[], extra: Record<string, unknown> = {}) =>
      refusal('transactions.record', {
        kind: 'expense',
        accountId: wallet.id,
        amount: 10_000,
        occurredAt: Date.UTC(2026, 10, 12, 4),
        timeZone: TZ,
        splits,
        ...extra,
      });
    const short = await recordRefused([
      { categoryId: groceries.id, amount: 6_000 },
      { categoryId: food.id, amount: 3_000 },
    ]);
    expect(short).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'splits', remainder: 1_000 },
    });
    const wrongKind = await recordRefused([
      { categoryId: groceries.id, amount: 6_000 },
      { categoryId: salary.id, amount: 4_000 },
    ]);
    expect(wrongKind).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'splits.1.categoryId' },
    });
    const oneLine = await recordRefused([{ categoryId: groceries.id, amount: 10_000 }]);
    expect(oneLine.code).toBe('VALIDATION');
    const both = await recordRefused(
      [
        { categoryId: groceries.id, amount: 6_000 },
        { categoryId: food.id, amount: 4_000 },
      ],
      { categoryId: food.id },
    );
    expect(both.code).toBe('VALIDATION');
    expect(await c.money()).toEqual(before);
  });
});

describe('splitting by correction', () => {
  it('splits a recorded expense, puts it back on one category, and undo brings the split back', async () => {
    const lunch = await c.expense(10_000, 12, 'Supermarket');
    const split = await call<EditedTransaction>('transactions.update', {
      id: lunch.transaction.id,
      revision: 0,
      splits: [
        { categoryId: groceries.id, amount: 7_000 },
        { categoryId: food.id, amount: 3_000 },
      ],
    });
    expect(split.transaction.splits).toHaveLength(2);
    expect(await spentOn(groceries.id)).toBe(7_000);
    expect(await spentOn(food.id)).toBe(3_000);
    await c.verifyOk();

    await call('transactions.update', { id: lunch.transaction.id, categoryId: household.id });
    expect(await spentOn(household.id)).toBe(10_000);
    expect(await spentOn(groceries.id)).toBe(0);
    await call('ledger.undo', {});
    expect(await spentOn(groceries.id)).toBe(7_000);
    expect(await spentOn(household.id)).toBe(0);
    const changes = await call<TransactionChange[]>('transactions.changes', {
      id: lunch.transaction.id,
    });
    expect(changes.some((change) => change.fields.includes('splits'))).toBe(true);
    expect(await balance()).toBe(100_000 - 10_000);
    await c.verifyOk();
  });

  it('refuses a new amount the lines no longer add up to, and takes it with lines that do', async () => {
    const split = await receipt();
    const before = await c.money();
    const refused = await refusal('transactions.update', {
      id: split.transaction.id,
      amount: 12_000,
    });
    expect(refused).toMatchObject({ code: 'VALIDATION', details: { field: 'splits' } });
    expect(await c.money()).toEqual(before);
    await call('transactions.update', {
      id: split.transaction.id,
      amount: 12_000,
      splits: [
        { categoryId: groceries.id, amount: 8_000 },
        { categoryId: household.id, amount: 4_000 },
      ],
    });
    expect(await balance()).toBe(100_000 - 12_000);
    expect(await spentOn(food.id)).toBe(0);
    await c.verifyOk();
  });

  it('takes one of ten splits of one revision sent together, and refuses the rest as stale', async () => {
    const lunch = await c.expense(10_000, 12);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        c.fx.gateway.call('transactions.update', {
          id: lunch.transaction.id,
          revision: 0,
          splits: [
            { categoryId: groceries.id, amount: 1_000 + index },
            { categoryId: food.id, amount: 9_000 - index },
          ],
        }),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(
      results.filter((result) => !result.ok).map((result) => !result.ok && result.error.code),
    ).toEqual(Array(9).fill('STALE_REVISION'));
    expect((await spentOn(groceries.id)) + (await spentOn(food.id))).toBe(10_000);
    await c.verifyOk();
  });

  it('refuses to split money a PIN confirmed or a transfer', async () => {
    const bank = await call<Account>('accounts.create', {
      kind: 'bank_card',
      name: 'ICBC',
      currency: 'CNY',
      openingBalance: 0,
    });
    const move = await call<TransactionDetail>('transactions.record', {
      kind: 'transfer',
      accountId: wallet.id,
      toAccountId: bank.id,
      amount: 1_000,
      occurredAt: Date.UTC(2026, 10, 12, 4),
      timeZone: TZ,
    });
    const refused = await refusal('transactions.update', {
      id: move.transaction.id,
      splits: [
        { categoryId: groceries.id, amount: 500 },
        { categoryId: food.id, amount: 500 },
      ],
    });
    expect(refused).toMatchObject({ code: 'VALIDATION', details: { field: 'splits' } });
  });
});
