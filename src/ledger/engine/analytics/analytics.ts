import type { z } from 'zod';
import type {
  AnalyticsReport,
  analyticsReportInput,
  analyticsTransactionsInput,
  CategoryAmount,
  CategoryChange,
  MonthFlow,
  MonthlyReport,
  reportsMonthlyInput,
} from '../../../shared/analytics';
import type { CurrencyCode } from '../../../shared/currencies';
import { addMonths } from '../../../shared/dates';
import type { Account, Transaction } from '../../../shared/domain';
import { addMinor } from '../../../shared/money';
import type { AggregateRow, AggregateSheet } from '../../db';
import { budgetMonth } from '../budgets/budgets';
import { periodOf, rowsOfScope, rowsOfSheets, sheetsOfSpan } from '../aggregate-sheets';
import type { EngineContext } from '../context';
import { getSettings } from '../settings';

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

async function rowsIn(
  ctx: EngineContext,
  scope: AggregateRow['scope'],
  from: string,
  to: string,
  currency: CurrencyCode,
) {
  const rows = await rowsOfScope(ctx.db.aggregates, scope, from, to);
  return rows.filter((row) => row.currency === currency);
}

/**
 * A period of months as the calendar years wholly inside it (`2015`..`2024`, or none) and
 * the month ranges left at its edges (at most two).
 */
export function splitPeriod(
  from: string,
  to: string,
): { years?: readonly [string, string]; months: (readonly [string, string])[] } {
  const year = (month: string) => Number(month.slice(0, 4));
  const key = (y: number) => String(y).padStart(4, '0');
  const first = from.endsWith('-01') ? year(from) : year(from) + 1;
  const last = to.endsWith('-12') ? year(to) : year(to) - 1;
  if (first > last) return { months: [[from, to]] };
  const months: (readonly [string, string])[] = [];
  if (from < `${key(first)}-01`) months.push([from, `${key(first - 1)}-12`]);
  if (to > `${key(last)}-12`) months.push([`${key(last + 1)}-01`, to]);
  return { years: [key(first), key(last)], months };
}

/** The sheets read for a report, by span. */
interface ReportSheets {
  /** Every month sheet from the period's first month on (later ones included). */
  readonly months: readonly AggregateSheet[];
  /** The year sheets of the whole years inside the period. */
  readonly years: readonly AggregateSheet[];
}

/**
 * A category's or counterparty's rows covering a period: the yearly roll-ups for the whole
 * years inside it and the monthly rows at its edges, so all time reads about one row per
 * year instead of twelve. Rows of one id still need summing.
 */
function periodRows(
  sheets: ReportSheets,
  scope: 'category' | 'counterparty',
  from: string,
  to: string,
  currency: CurrencyCode,
): AggregateRow[] {
  const { years, months } = splitPeriod(from, to);
  const edges = months.flatMap(([start, end]) =>
    rowsOfSheets(sheetsBetween(sheets.months, start, end), scope),
  );
  const whole = years ? rowsOfSheets(sheets.years, `${scope}-year`) : [];
  return [...edges, ...whole].filter((row) => row.currency === currency);
}

/** The sheets of periods `from` to `to` (inclusive) among sheets in period order. */
function sheetsBetween(sheets: readonly AggregateSheet[], from: string, to: string) {
  return sheets.filter((sheet) => {
    const period = periodOf(sheet);
    return period >= from && period <= to;
  });
}

/**
 * Net worth at the end of each month from `from` to `to`: today's balances of the accounts
 * in `currency`, less every account movement after that month. Balances equal the postings
 * and the all-accounts roll-ups sum the same postings (both checked by verify), so this
 * reads only the months from `from` on rather than all history.
 */
function netWorthOf(
  sheets: ReportSheets,
  accounts: readonly Account[],
  from: string,
  to: string,
  currency: CurrencyCode,
) {
  const movements = new Map<string, number>();
  for (const row of rowsOfSheets(sheets.months, 'account-total')) {
    if (row.currency !== currency) continue;
    movements.set(row.month, (movements.get(row.month) ?? 0) + row.debit - row.credit);
  }
  let value = accounts
    .filter((account) => account.currency === currency)
    .reduce((sum, account) => addMinor(sum, account.balance), 0);
  for (const [month, moved] of movements) if (month > to) value -= moved;
  const values: { month: string; value: number }[] = [];
  for (const month of monthsBetween(from, to).reverse()) {
    values.push({ month, value });
    value -= movements.get(month) ?? 0;
  }
  return values.reverse();
}

function sortedAmounts(map: Map<string, number>): CategoryAmount[] {
  return [...map]
    .filter(([, amount]) => amount !== 0)
    .map(([categoryId, amount]) => ({ categoryId, amount }))
    .sort((a, b) => b.amount - a.amount);
}

/**
 * One period of analytics — spending by category, income, monthly flows, net worth month by
 * month, top merchants and budget vs actual — from the aggregates alone, so its cost grows
 * with years, months and categories, never with the number of transactions: categories and
 * merchants from the yearly roll-ups for whole years and monthly rows at the edges, the
 * monthly flows from the per-kind roll-ups, net worth from the all-accounts roll-ups.
 */
export async function analyticsReport(
  ctx: EngineContext,
  input: z.output<typeof analyticsReportInput>,
): Promise<AnalyticsReport> {
  const currency = input.currency ?? (await getSettings(ctx)).defaultCurrency;
  // Budget vs actual covers the last 24 months of the period.
  const recent = monthsBetween(input.from, input.to).slice(-24);
  const { years } = splitPeriod(input.from, input.to);
  // Every read at once: each is a round trip to IndexedDB.
  const [months, yearSheets, accounts, categories, counterparties, budgets] = await Promise.all([
    sheetsOfSpan(ctx.db.aggregates, 'month', input.from),
    years ? sheetsOfSpan(ctx.db.aggregates, 'year', years[0], years[1]) : [],
    ctx.db.accounts.toArray(),
    ctx.db.categories.toArray(),
    ctx.db.counterparties.toArray(),
    ctx.db.budgets.where('month').between(recent[0], recent.at(-1), true, true).toArray(),
  ]);
  const sheets: ReportSheets = { months, years: yearSheets };
  const categoryRows = periodRows(sheets, 'category', input.from, input.to, currency);
  const counterpartyRows = periodRows(sheets, 'counterparty', input.from, input.to, currency);
  const kindRows = rowsOfSheets(sheetsBetween(months, input.from, input.to), 'category-kind');
  const kindOf = new Map(categories.map((category) => [category.id, category.kind]));
  const spending = new Map<string, number>();
  const income = new Map<string, number>();
  for (const row of categoryRows) {
    if (kindOf.get(row.scopeId) === 'income')
      income.set(row.scopeId, (income.get(row.scopeId) ?? 0) + row.credit - row.debit);
    else spending.set(row.scopeId, (spending.get(row.scopeId) ?? 0) + row.debit - row.credit);
  }
  // Each month's income and spending from its two per-kind roll-ups.
  const flows = new Map<string, { income: number; expense: number }>(
    monthsBetween(input.from, input.to).map((month) => [month, { income: 0, expense: 0 }]),
  );
  for (const row of kindRows) {
    const flow = flows.get(row.month);
    if (!flow || row.currency !== currency) continue;
    if (row.scopeId === 'income') flow.income += row.credit - row.debit;
    else flow.expense += row.debit - row.credit;
  }
  const monthFlows: MonthFlow[] = [...flows].map(([month, flow]) => ({
    month,
    ...flow,
    net: flow.income - flow.expense,
  }));
  const netWorth = netWorthOf(sheets, accounts, input.from, input.to, currency);

  const merchantKinds = new Map(counterparties.map((c) => [c.id, c.kind]));
  const merchants = new Map<string, { amount: number; count: number }>();
  for (const row of counterpartyRows) {
    if (merchantKinds.get(row.scopeId) === 'contact') continue;
    const entry = merchants.get(row.scopeId) ?? { amount: 0, count: 0 };
    entry.amount += row.debit - row.credit;
    entry.count += row.count;
    merchants.set(row.scopeId, entry);
  }
  const topMerchants = [...merchants]
    .filter(([, entry]) => entry.amount > 0)
    .map(([counterpartyId, entry]) => ({ counterpartyId, ...entry }))
    .sort((a, b) => b.amount - a.amount)
    .slice(0, 10);

  // Only months that have a budget can have lines: skip the rest without building a view
  // (each view reads several tables, which made long periods slow).
  const budgeted = new Set(
    budgets.filter((budget) => budget.currency === currency).map((budget) => budget.month),
  );
  const budgetVsActual = [];
  for (const month of recent.filter((m) => budgeted.has(m))) {
    const view = await budgetMonth(ctx, { month, currency });
    if (view.lines.length)
      budgetVsActual.push({ month, budget: view.totalBudget, actual: view.totalSpent });
  }
  const totalIncome = monthFlows.reduce((sum, m) => sum + m.income, 0);
  const totalExpense = monthFlows.reduce((sum, m) => sum + m.expense, 0);
  return {
    from: input.from,
    to: input.to,
    currency,
    spendingByCategory: sortedAmounts(spending),
    incomeByCategory: sortedAmounts(income),
    months: monthFlows,
    netWorth,
    topMerchants,
    budgetVsActual,
    totals: { income: totalIncome, expense: totalExpense, net: totalIncome - totalExpense },
  };
}

/** The transactions behind a chart segment: a category or merchant over a period. */
export async function analyticsTransactions(
  ctx: EngineContext,
  input: z.output<typeof analyticsTransactionsInput>,
): Promise<Transaction[]> {
  const rows = await ctx.db.transactions
    .where('month')
    .between(input.from, input.to, true, true)
    .filter(
      (t) =>
        (!input.categoryId || t.categoryId === input.categoryId) &&
        (!input.counterpartyId || t.counterpartyId === input.counterpartyId),
    )
    .toArray();
  return rows.sort((a, b) => b.occurredAt - a.occurredAt).slice(0, input.limit ?? 200);
}

/**
 * The monthly report: totals, each category against last month and the 3-month average,
 * budgets missed, and payments far above their category's usual.
 */
export async function monthlyReport(
  ctx: EngineContext,
  input: z.output<typeof reportsMonthlyInput>,
): Promise<MonthlyReport> {
  const currency = input.currency ?? (await getSettings(ctx)).defaultCurrency;
  const from = addMonths(input.month, -3);
  const report = await analyticsReport(ctx, { from, to: input.month, currency });
  const rows = await rowsIn(ctx, 'category', from, input.month, currency);
  const categories = new Map((await ctx.db.categories.toArray()).map((c) => [c.id, c]));
  const perMonth = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (categories.get(row.scopeId)?.kind === 'income') continue;
    const months = perMonth.get(row.scopeId) ?? new Map<string, number>();
    months.set(row.month, (months.get(row.month) ?? 0) + row.debit - row.credit);
    perMonth.set(row.scopeId, months);
  }
  const changes: CategoryChange[] = [];
  for (const [categoryId, months] of perMonth) {
    const thisMonth = months.get(input.month) ?? 0;
    const previous = [1, 2, 3].map((back) => months.get(addMonths(input.month, -back)) ?? 0);
    const average3 = Math.round(previous.reduce((sum, v) => sum + v, 0) / 3);
    changes.push({
      categoryId,
      thisMonth,
      lastMonth: previous[0] ?? 0,
      average3,
      changePercent: average3 > 0 ? Math.round(((thisMonth - average3) / average3) * 100) : null,
    });
  }
  changes.sort((a, b) => Math.abs(b.thisMonth - b.average3) - Math.abs(a.thisMonth - a.average3));

  const budgets = await budgetMonth(ctx, { month: input.month, currency });
  const budgetsMissed = budgets.lines
    .filter((line) => line.spent > line.available)
    .map((line) => ({ categoryId: line.categoryId, available: line.available, spent: line.spent }));

  const monthTxns = await ctx.db.transactions.where('month').equals(input.month).toArray();
  const averages = new Map(changes.map((c) => [c.categoryId, c]));
  const counts = new Map<string, number>();
  for (const row of rows)
    if (row.month !== input.month)
      counts.set(row.scopeId, (counts.get(row.scopeId) ?? 0) + row.count);
  const unusual = monthTxns
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
  const month = report.months.find((m) => m.month === input.month);
  return {
    month: input.month,
    currency,
    income: month?.income ?? 0,
    expense: month?.expense ?? 0,
    net: month?.net ?? 0,
    changes: changes.slice(0, 10),
    budgetsMissed,
    unusual,
  };
}
