import type { z } from 'zod';
import type {
  AnalyticsReport,
  analyticsReportInput,
  analyticsTransactionsInput,
  BudgetVsActual,
  CounterpartyAmount,
  MonthFlow,
} from '../../../shared/analytics';
import type { CurrencyCode } from '../../../shared/currencies';
import { monthsBetween } from '../../../shared/dates';
import type { Account, Counterparty, Transaction } from '../../../shared/domain';
import { addMinor } from '../../../shared/money';
import type { AggregateRow, AggregateSheet } from '../../db';
import { budgetMonth } from '../budgets/budgets';
import { periodOf, rowsOfSheets, sheetsOfSpan } from '../aggregate-sheets';
import type { EngineContext } from '../context';
import { chooseCurrency } from '../figures/figures-currency';
import { categoryKindsOf, figuresOfSheets, type PeriodFigures } from '../figures/month-figures';
import { transactionOf } from '../../transaction-rows';

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
 * A counterparty's rows covering a period: the yearly roll-ups for the whole years inside it
 * and the monthly rows at its edges, so all time reads about one row per year instead of
 * twelve. Rows of one id still need summing.
 */
function periodRows(
  sheets: ReportSheets,
  scope: 'counterparty',
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

/** The merchants money went to most in a period (contacts are on the figures' own line). */
function topMerchantsOf(
  rows: readonly AggregateRow[],
  counterparties: readonly Counterparty[],
): CounterpartyAmount[] {
  const kinds = new Map(counterparties.map((c) => [c.id, c.kind]));
  const merchants = new Map<string, { amount: number; count: number }>();
  for (const row of rows) {
    if (kinds.get(row.scopeId) === 'contact') continue;
    const entry = merchants.get(row.scopeId) ?? { amount: 0, count: 0 };
    entry.amount += row.debit - row.credit;
    entry.count += row.count;
    merchants.set(row.scopeId, entry);
  }
  return [...merchants]
    .filter(([, entry]) => entry.amount > 0)
    .map(([counterpartyId, entry]) => ({ counterpartyId, ...entry }))
    .sort((a, b) => b.amount - a.amount)
    .slice(0, 10);
}

/** Each month's income, spending and net in `currency`, from the period's figures. */
function monthFlowsOf(figures: PeriodFigures, currency: CurrencyCode): MonthFlow[] {
  return [...figures.months].map(([month, tally]) => {
    const { income, spending, net } = tally.figures(currency);
    return { month, income, expense: spending, net };
  });
}

/**
 * One period of analytics — the figures (spending by category and to people, income, each
 * month's flows), net worth month by month, top merchants and budget vs actual — from the
 * aggregates alone, so its cost grows with months, categories and merchants, never with the
 * number of transactions: the figures from the month sheets (`figuresOfSheets`, as every
 * screen gets them), merchants from the yearly roll-ups for whole years and monthly rows at
 * the edges, net worth from the all-accounts roll-ups.
 */
export async function analyticsReport(
  ctx: EngineContext,
  input: z.output<typeof analyticsReportInput>,
): Promise<AnalyticsReport> {
  // Budget vs actual covers the last 24 months of the period.
  const recent = monthsBetween(input.from, input.to).slice(-24);
  const { years } = splitPeriod(input.from, input.to);
  // Every read at once: each is a round trip to IndexedDB.
  const [months, yearSheets, accounts, kindOf, counterparties, budgets] = await Promise.all([
    sheetsOfSpan(ctx.db.aggregates, 'month', input.from),
    years ? sheetsOfSpan(ctx.db.aggregates, 'year', years[0], years[1]) : [],
    ctx.db.accounts.toArray(),
    categoryKindsOf(ctx),
    ctx.db.counterparties.toArray(),
    ctx.db.budgets.where('month').between(recent[0], recent.at(-1), true, true).toArray(),
  ]);
  const figures = figuresOfSheets(months, kindOf, input.from, input.to);
  const { currency, currencies } = await chooseCurrency(
    ctx,
    input.currency,
    figures.total,
    accounts,
  );
  const period = figures.total.figures(currency);
  const sheets: ReportSheets = { months, years: yearSheets };
  const counterpartyRows = periodRows(sheets, 'counterparty', input.from, input.to, currency);

  // Only months that have a budget can have lines: skip the rest without building a view
  // (each view reads several tables, which made long periods slow).
  const budgeted = new Set(
    budgets.filter((budget) => budget.currency === currency).map((budget) => budget.month),
  );
  const budgetVsActual: BudgetVsActual[] = [];
  for (const month of recent.filter((m) => budgeted.has(m))) {
    const view = await budgetMonth(ctx, { month, currency });
    if (view.lines.length)
      budgetVsActual.push({ month, budget: view.totalBudget, actual: view.totalSpent });
  }
  return {
    from: input.from,
    to: input.to,
    currency,
    currencies,
    spendingByCategory: period.spendingByLine,
    incomeByCategory: period.incomeByCategory,
    months: monthFlowsOf(figures, currency),
    netWorth: netWorthOf(sheets, accounts, input.from, input.to, currency),
    topMerchants: topMerchantsOf(counterpartyRows, counterparties),
    budgetVsActual,
    totals: {
      income: period.income,
      expense: period.spending,
      net: period.net,
      toPeople: period.toPeople,
    },
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
  return rows
    .sort((a, b) => b.occurredAt - a.occurredAt)
    .slice(0, input.limit ?? 200)
    .map(transactionOf);
}
