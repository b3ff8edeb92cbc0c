import type { z } from 'zod';
import type {
  Budget,
  BudgetAlert,
  BudgetLine,
  BudgetMonth,
  budgetsCopyInput,
  budgetsMonthInput,
  budgetsRemoveInput,
  budgetsSetInput,
} from '../../../shared/budgets';
import type { CurrencyCode } from '../../../shared/currencies';
import { addMonths } from '../../../shared/dates';
import { PurseError } from '../../../shared/errors';
import { upcomingBills } from '../bills/bills';
import type { EngineContext } from '../context';
import { readFigures } from '../figures/month-figures';
import { claimNotice } from '../inbox/inbox';
import type { CategoryKindOf } from '../../../shared/month-figures';
import { requireCategory } from '../require';
import { getSettings } from '../settings';

function budgetId(categoryId: string, month: string): string {
  return `${categoryId}|${month}`;
}

async function currencyOr(
  ctx: EngineContext,
  currency: CurrencyCode | undefined,
): Promise<CurrencyCode> {
  return currency ?? (await getSettings(ctx)).defaultCurrency;
}

/**
 * A month's figures in `currency` (`src/shared/month-figures.ts`): each expense category's
 * spending (refunds in that month count against it) and the income, from the aggregates.
 */
async function figuresOfMonth(
  ctx: EngineContext,
  month: string,
  currency: CurrencyCode,
  kindOf: CategoryKindOf,
): Promise<{ spent: Map<string, number>; income: number }> {
  const figures = (await readFigures(ctx, month, month, kindOf)).total.figures(currency);
  return {
    spent: new Map(figures.spendingByLine.map((line) => [line.categoryId, line.amount])),
    income: figures.income,
  };
}

export async function setBudget(
  ctx: EngineContext,
  input: z.output<typeof budgetsSetInput>,
): Promise<Budget> {
  return ctx.db.transaction(
    'rw',
    [ctx.db.budgets, ctx.db.categories, ctx.db.meta, ctx.db.auditLog],
    async () => {
      const category = await requireCategory(ctx, input.categoryId, 'expense');
      if (category.archived)
        throw new PurseError('VALIDATION', 'That category is archived.', { field: 'categoryId' });
      const existing = await ctx.db.budgets.get(budgetId(input.categoryId, input.month));
      const budget: Budget = {
        id: budgetId(input.categoryId, input.month),
        categoryId: input.categoryId,
        month: input.month,
        amount: input.amount,
        currency: await currencyOr(ctx, input.currency ?? existing?.currency),
        rollover: input.rollover ?? existing?.rollover ?? 'none',
        updatedAt: ctx.clock.now(),
      };
      await ctx.db.budgets.put(budget);
      return budget;
    },
  );
}

export async function removeBudget(
  ctx: EngineContext,
  input: z.output<typeof budgetsRemoveInput>,
): Promise<null> {
  await ctx.db.budgets.delete(budgetId(input.categoryId, input.month));
  return null;
}

/** Copies last month's budgets into `month` for every category that has none there yet. */
export async function copyLastMonth(
  ctx: EngineContext,
  input: z.output<typeof budgetsCopyInput>,
): Promise<Budget[]> {
  return ctx.db.transaction('rw', [ctx.db.budgets, ctx.db.meta], async () => {
    const currency = await currencyOr(ctx, input.currency);
    const previous = await ctx.db.budgets
      .where('month')
      .equals(addMonths(input.month, -1))
      .toArray();
    const copied: Budget[] = [];
    for (const budget of previous) {
      if (budget.currency !== currency) continue;
      if (await ctx.db.budgets.get(budgetId(budget.categoryId, input.month))) continue;
      const copy: Budget = {
        ...budget,
        id: budgetId(budget.categoryId, input.month),
        month: input.month,
        updatedAt: ctx.clock.now(),
      };
      await ctx.db.budgets.add(copy);
      copied.push(copy);
    }
    return copied;
  });
}

/** What a budget carries into the next month under its rollover rule. */
function carryOut(rollover: Budget['rollover'], remaining: number): number {
  if (rollover === 'surplus') return Math.max(0, remaining);
  if (rollover === 'overspend') return Math.min(0, remaining);
  return 0;
}

/**
 * A month of budgets: for each budgeted category, what is available (budget plus what the
 * previous months carried), spent, planned by unpaid bills, and left; with the month's income.
 * Reads only budgets and aggregates.
 */
export async function budgetMonth(
  ctx: EngineContext,
  input: z.output<typeof budgetsMonthInput>,
): Promise<BudgetMonth> {
  const currency = await currencyOr(ctx, input.currency);
  const budgets = (await ctx.db.budgets.where('month').belowOrEqual(input.month).toArray()).filter(
    (budget) => budget.currency === currency,
  );
  const byCategory = new Map<string, Map<string, Budget>>();
  for (const budget of budgets) {
    const months = byCategory.get(budget.categoryId) ?? new Map<string, Budget>();
    months.set(budget.month, budget);
    byCategory.set(budget.categoryId, months);
  }
  const categories = new Map(
    (await ctx.db.categories.toArray()).map((category) => [category.id, category]),
  );
  const kindOf: CategoryKindOf = (id) => categories.get(id)?.kind;
  const figuresCache = new Map<string, Awaited<ReturnType<typeof figuresOfMonth>>>();
  const figuresIn = async (month: string) => {
    let figures = figuresCache.get(month);
    if (!figures) {
      figures = await figuresOfMonth(ctx, month, currency, kindOf);
      figuresCache.set(month, figures);
    }
    return figures;
  };
  const spentIn = async (month: string, categoryId: string) =>
    (await figuresIn(month)).spent.get(categoryId) ?? 0;
  // Carried into `month`: walk back over consecutive budgeted months, then forward.
  const carriedInto = async (categoryId: string, month: string): Promise<number> => {
    const months = byCategory.get(categoryId)!;
    const chain: Budget[] = [];
    for (let m = addMonths(month, -1); months.has(m); m = addMonths(m, -1))
      chain.unshift(months.get(m)!);
    let carried = 0;
    for (const budget of chain) {
      const remaining = budget.amount + carried - (await spentIn(budget.month, categoryId));
      carried = carryOut(budget.rollover, remaining);
    }
    return carried;
  };

  const planned = new Map<string, number>();
  const [y, m] = input.month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // One read of the schedules for their categories, not one per occurrence.
  const categoryOf = new Map((await ctx.db.bills.toArray()).map((row) => [row.id, row.categoryId]));
  for (const occurrence of await upcomingBills(ctx, { from: `${input.month}-01`, days })) {
    if (
      occurrence.currency !== currency ||
      occurrence.status === 'paid' ||
      occurrence.status === 'skipped'
    )
      continue;
    // Money out on a category: bills and scheduled expenses (income and transfers have none).
    if (occurrence.scheduleKind !== 'bill' && occurrence.scheduleKind !== 'expense') continue;
    const categoryId = categoryOf.get(occurrence.billId);
    if (categoryId) planned.set(categoryId, (planned.get(categoryId) ?? 0) + occurrence.amount);
  }

  const lines: BudgetLine[] = [];
  for (const [categoryId, months] of byCategory) {
    const budget = months.get(input.month);
    if (!budget) continue;
    const carried = await carriedInto(categoryId, input.month);
    const available = budget.amount + carried;
    const spent = await spentIn(input.month, categoryId);
    const category = categories.get(categoryId);
    lines.push({
      categoryId,
      categoryActive: category !== undefined && !category.archived,
      budget: budget.amount,
      carried,
      available,
      spent,
      plannedBills: planned.get(categoryId) ?? 0,
      remaining: available - spent,
      percent: available > 0 ? Math.round((spent / available) * 100) : null,
      rollover: budget.rollover,
    });
  }
  return {
    month: input.month,
    currency,
    lines: lines.sort((a, b) => b.spent - a.spent),
    income: (await figuresIn(input.month)).income,
    totalBudget: lines.reduce((sum, line) => sum + line.available, 0),
    totalSpent: lines.reduce((sum, line) => sum + line.spent, 0),
    totalPlannedBills: [...planned.values()].reduce((sum, value) => sum + value, 0),
  };
}

/** Budgets that just passed 80% or 100% this month: each returned once per category and month. */
export async function newBudgetAlerts(
  ctx: EngineContext,
  month: string,
  currency: CurrencyCode,
): Promise<BudgetAlert[]> {
  const view = await budgetMonth(ctx, { month, currency });
  const alerts: BudgetAlert[] = [];
  for (const line of view.lines) {
    if (line.percent === null) continue;
    for (const threshold of [100, 80] as const) {
      if (line.percent < threshold) continue;
      const id = `budget|${line.categoryId}|${month}|${threshold}`;
      const alert: BudgetAlert = {
        categoryId: line.categoryId,
        month,
        threshold,
        spent: line.spent,
        available: line.available,
        currency,
      };
      // The inbox entry is written by the claim that decides the alert: once, however many
      // payments cross the threshold together.
      if (await claimNotice(ctx, id, { kind: 'budget-alert', params: alert })) alerts.push(alert);
      break;
    }
  }
  return alerts;
}
