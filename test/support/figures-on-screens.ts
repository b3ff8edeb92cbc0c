import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyticsReport, MonthlyReport } from '../../src/shared/analytics';
import type { BudgetMonth } from '../../src/shared/budgets';
import type { CurrencyCode } from '../../src/shared/currencies';
import type { Category, DashboardSummary } from '../../src/shared/domain';
import type { ExportProgress, ExportStarted } from '../../src/shared/exports';
import type { HistoryTotals } from '../../src/shared/history';
import { TO_PEOPLE, type FigureTotals } from '../../src/shared/month-figures';
import { ok, type GatewayFixture } from './gateway-fixture';
import type { MemoryFileSink } from './memory-file-sink';

/**
 * A month's figures in one currency as one screen shows them. Lines are by category id (or
 * `TO_PEOPLE`), zeros left out; a screen that does not show a figure leaves it out.
 */
export interface ShownFigures {
  readonly spending?: number;
  readonly income?: number;
  readonly net?: number;
  readonly toPeople?: number;
  readonly lines?: Readonly<Record<string, number>>;
}

/** Shanghai is UTC+8 all year: a month's first and last millisecond there. */
export function shanghaiMonth(month: string): { from: number; to: number } {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const hours = 8 * 3_600_000;
  return {
    from: Date.UTC(year, index - 1, 1) - hours,
    to: Date.UTC(year, index, 1) - hours - 1,
  };
}

function linesOf(entries: readonly { categoryId: string; amount: number }[]) {
  const lines: Record<string, number> = {};
  for (const { categoryId, amount } of entries) if (amount !== 0) lines[categoryId] = amount;
  return lines;
}

function totalsShown(totals: FigureTotals | undefined): ShownFigures {
  const { spending = 0, income = 0, net = 0, toPeople = 0 } = totals ?? {};
  return { spending, income, net, toPeople };
}

/** The same month and currency on every screen that shows it, as the gateway answers them. */
export async function figuresOnEveryScreen(
  fx: GatewayFixture,
  sink: MemoryFileSink,
  month: string,
  currency: CurrencyCode,
): Promise<Record<string, ShownFigures>> {
  const call = async <T>(method: string, input?: unknown) =>
    ok<T>(await fx.gateway.call(method, input));
  const period = shanghaiMonth(month);
  // Home shows the month it is: move the clock into the month, and back.
  const now = fx.clock.now();
  fx.clock.set(period.from + 10 * 86_400_000);
  const home = await call<DashboardSummary>('dashboard.summary', { timeZone: 'Asia/Shanghai' });
  fx.clock.set(now);
  const filters = { from: period.from, to: period.to };
  const history = await call<HistoryTotals>('history.totals', { filters });
  const analytics = await call<AnalyticsReport>('analytics.report', {
    from: month,
    to: month,
    currency,
  });
  const budgets = await call<BudgetMonth>('budgets.month', { month, currency });
  const report = await call<MonthlyReport>('reports.monthly', { month, currency });
  // The summary comes before the save dialog: closing it writes nothing.
  sink.answer = 'close';
  const statement = await call<ExportStarted>('statements.exportBegin', { filters });
  sink.answer = 'save';

  const line = (lines: readonly { currency: string; minor: number }[]) =>
    lines.find((entry) => entry.currency === currency)?.minor ?? 0;
  const { totals } = analytics;
  return {
    home: { spending: line(home.monthSpending), income: line(home.monthIncome) },
    history: totalsShown(history.byCurrency.find((entry) => entry.currency === currency)),
    analytics: {
      spending: totals.expense,
      income: totals.income,
      net: totals.net,
      toPeople: totals.toPeople,
      lines: linesOf(analytics.spendingByCategory),
    },
    // Budgets show the spending of the categories that have a budget (every one, here).
    budgets: {
      income: budgets.income,
      lines: linesOf(budgets.lines.map((l) => ({ categoryId: l.categoryId, amount: l.spent }))),
    },
    report: {
      spending: report.expense,
      income: report.income,
      net: report.net,
      lines: linesOf(
        report.changes.map((c) => ({ categoryId: c.categoryId, amount: c.thisMonth })),
      ),
    },
    statement: totalsShown(statement.summary.find((entry) => entry.currency === currency)),
  };
}

/** The whole ledger as a statement CSV, exported through the gateway like History does. */
export async function exportedStatement(
  fx: GatewayFixture,
  sink: MemoryFileSink,
  headers?: readonly string[],
): Promise<string> {
  const call = async <T>(method: string, input?: unknown) =>
    ok<T>(await fx.gateway.call(method, input));
  const before = sink.files.length;
  const started = await call<ExportStarted>('statements.exportBegin', {
    language: 'en',
    ...(headers ? { headers } : {}),
  });
  const step = { exportId: started.exportId };
  while (!(await call<ExportProgress>('statements.exportNext', step)).done);
  return sink.text(before).replace(/^\uFEFF/, '');
}

/**
 * hledger's figures per `month|currency` over a statement CSV read with
 * `docs/purse.csv.rules`: spending is every `expenses:` account (categories and money sent
 * to others), income every `income:` one with its sign turned, lines by category.
 */
export function hledgerFigures(
  csv: string,
  rules: string,
  categories: readonly Category[],
): Map<string, ShownFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'purse-figures-'));
  let out: string;
  try {
    const file = join(dir, 'statement.csv');
    writeFileSync(file, csv);
    out = execFileSync(
      'hledger',
      ['-f', file, '--rules-file', rules, 'balance', '^expenses', '^income', '-M', '--flat'].concat(
        ['-O', 'csv', '--layout=bare', '-N'],
      ),
      { encoding: 'utf8' },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const idOf = new Map(
    categories.map((c) => [`${c.kind === 'income' ? 'income' : 'expenses'}:${c.name.en}`, c.id]),
  );
  const rows = out
    .trim()
    .split('\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replaceAll('""', '"')));
  const [header = [], ...body] = rows;
  const months = header.slice(2);
  const found = new Map<
    string,
    { spending: number; income: number; toPeople: number; lines: Record<string, number> }
  >();
  for (const [account = '', currency = '', ...cells] of body) {
    cells.forEach((cell, i) => {
      const minor = Math.round(Number(cell) * 100);
      if (minor === 0) return;
      const key = `${months[i]}|${currency}`;
      const figures = found.get(key) ?? { spending: 0, income: 0, toPeople: 0, lines: {} };
      found.set(key, figures);
      if (account.startsWith('income:')) figures.income -= minor;
      else figures.spending += minor;
      const line = account.startsWith('expenses:sent to others:') ? TO_PEOPLE : idOf.get(account);
      if (line === undefined) throw new Error(`hledger names an account Purse has not: ${account}`);
      if (line === TO_PEOPLE) figures.toPeople += minor;
      if (!account.startsWith('income:')) figures.lines[line] = (figures.lines[line] ?? 0) + minor;
    });
  }
  const shown = new Map<string, ShownFigures>();
  for (const [key, { lines, ...totals }] of found)
    shown.set(key, {
      ...totals,
      net: totals.income - totals.spending,
      lines: Object.fromEntries(Object.entries(lines).filter(([, amount]) => amount !== 0)),
    });
  return shown;
}
