import type { z } from 'zod';
import type { CategoryChange, MonthlyReport, reportsMonthlyInput } from '../../../shared/analytics';
import type { CurrencyCode } from '../../../shared/currencies';
import { addMonths } from '../../../shared/dates';
import type { Transaction } from '../../../shared/domain';
import type { AggregateRow } from '../../db';
import { rowsOfSheets, sheetsOfSpan } from '../aggregate-sheets';
import { budgetMonth } from '../budgets/budgets';
import type { EngineContext } from '../context';
import { chooseCurrency } from '../figures/figures-currency';
import { categoryKindsOf, figuresOfSheets, type PeriodFigures } from '../figures/month-figures';

/**
 * Each spending line (category or `TO_PEOPLE`) of `month` against last month and the average
 * of the three before, biggest difference first.
 */
function changesOf(figures: PeriodFigures, month: string, currency: CurrencyCode) {
  const perLine = new Map<string, Map<string, number>>();
  for (const [key, tally] of figures.months)
    for (const line of tally.figures(currency).spendingByLine) {
      const months = perLine.get(line.categoryId) ?? new Map<string, number>();
      months.set(key, line.amount);
      perLine.set(line.categoryId, months);
    }
  const changes: CategoryChange[] = [];
  for (const [categoryId, months] of perLine) {
    const thisMonth = months.get(month) ?? 0;
    const previous = [1, 2, 3].map((back) => months.get(addMonths(month, -back)) ?? 0);
    const average3 = Math.round(previous.reduce((sum, v) => sum + v, 0) / 3);
    changes.push({
      categoryId,
      thisMonth,
      lastMonth: previous[0] ?? 0,
      average3,
      changePercent: average3 > 0 ? Math.round(((thisMonth - average3) / average3) * 100) : null,
    });
  }
  return changes.sort(
    (a, b) => Math.abs(b.thisMonth - b.average3) - Math.abs(a.thisMonth - a.average3),
  );
}

/**
 * The month's payments and expenses far above their category's usual: more than three times
 * the average of the three months before, once a category has three earlier postings.
 */
function unusualOf(
  transactions: readonly Transaction[],
  changes: readonly CategoryChange[],
  earlier: readonly AggregateRow[],
  currency: CurrencyCode,
): MonthlyReport['unusual'] {
  const averages = new Map(changes.map((c) => [c.categoryId, c]));
  const counts = new Map<string, number>();
  for (const row of earlier) counts.set(row.scopeId, (counts.get(row.scopeId) ?? 0) + row.count);
  return transactions
    .filter(
      (t) =>
        (t.kind === 'payment' || t.kind === 'expense') && t.currency === currency && t.categoryId,
    )
    .flatMap((t) => {
      const history = averages.get(t.categoryId!);
      const count = counts.get(t.categoryId!) ?? 0;
      if (!history || count < 3) return [];
      const usual = (history.average3 * 3) / count;
      return t.amount > usual * 3
        ? [{ txnId: t.id, amount: t.amount, reason: 'far-above-usual' }]
        : [];
    });
}

/**
 * The monthly report: the month's figures (as every screen has them), each spending line
 * against last month and the 3-month average, budgets missed, and payments far above their
 * category's usual. Its currency, when none is asked for, is chosen as Analytics chooses.
 */
export async function monthlyReport(
  ctx: EngineContext,
  input: z.output<typeof reportsMonthlyInput>,
): Promise<MonthlyReport> {
  const from = addMonths(input.month, -3);
  const [sheets, kindOf, accounts, monthTxns] = await Promise.all([
    sheetsOfSpan(ctx.db.aggregates, 'month', from, input.month),
    categoryKindsOf(ctx),
    ctx.db.accounts.toArray(),
    ctx.db.transactions.where('month').equals(input.month).toArray(),
  ]);
  const figures = figuresOfSheets(sheets, kindOf, from, input.month);
  const thisMonth = figures.months.get(input.month)!;
  const { currency } = await chooseCurrency(ctx, input.currency, thisMonth, accounts);
  const changes = changesOf(figures, input.month, currency);
  const earlier = rowsOfSheets(sheets, 'category').filter(
    (row) => row.month !== input.month && row.currency === currency,
  );

  const budgets = await budgetMonth(ctx, { month: input.month, currency });
  const budgetsMissed = budgets.lines
    .filter((line) => line.spent > line.available)
    .map((line) => ({ categoryId: line.categoryId, available: line.available, spent: line.spent }));
  const { income, spending, net } = thisMonth.figures(currency);
  return {
    month: input.month,
    currency,
    income,
    expense: spending,
    net,
    changes: changes.slice(0, 10),
    budgetsMissed,
    unusual: unusualOf(monthTxns, changes, earlier, currency),
  };
}
