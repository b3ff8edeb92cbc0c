import type { Totals } from '../compare/totals';
import type { TimedLines } from '../lines';
import type { GeneratedLedger } from '../generator/generate-ledger';
import { addMonths, monthKeyOf } from '../../src/shared/dates';
import { median, medianOf, percentile, timed } from '../stats';
import type { ActualApi } from './actual-api';
import type { ActualIds } from './actual-import';
import { actualTotals, type ActualCategorySum } from './actual-totals';

const TZ = 'Asia/Shanghai';

export interface ActualLines extends TimedLines {
  readonly exportRows: number;
  readonly exportMs: number;
  readonly exportRowsPerSec: number;
}

function firstDay(month: string): string {
  return `${month}-01`;
}

function lastDay(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/** Balances and category sums by month and account, compared with Purse's (not timed). */
export async function actualLedgerTotals(
  api: ActualApi,
  ledger: GeneratedLedger,
  ids: ActualIds,
): Promise<Totals> {
  const balances = new Map<string, number>();
  for (const id of ids.accounts.values()) balances.set(id, await api.getAccountBalance(id));
  const { data } = await api.aqlQuery(
    api
      .q('transactions')
      .filter({ category: { $oneof: [...ids.categories.values()] } })
      .groupBy(['category', 'account', { $month: '$date' }])
      .select([
        'category',
        'account',
        { month: { $month: '$date' } },
        { amount: { $sum: '$amount' } },
      ]),
  );
  return actualTotals(ledger, ids.accounts, ids.categories, balances, data as ActualCategorySum[]);
}

/**
 * The lines Purse is timed on, as Actual's own paths answer them: a spending report's query
 * (sum by category and month over the CNY accounts, as Purse's report is per currency), the
 * all-accounts register's first page, its search over notes and payee names, adding one
 * transaction, and the register's CSV export.
 */
export async function timeActualLines(
  api: ActualApi,
  send: (name: string, args?: unknown) => Promise<unknown>,
  ledger: GeneratedLedger,
  ids: ActualIds,
  runs: number,
  payments: number,
): Promise<ActualLines> {
  const last = ledger.transactions.at(-1)?.occurredAt ?? Date.now();
  const lastMonth = monthKeyOf(last, TZ);
  const firstMonth = monthKeyOf(ledger.transactions[0]?.occurredAt ?? last, TZ);
  const cny = ledger.accounts
    .filter((a) => a.currency === 'CNY')
    .map((a) => ids.accounts.get(a.key));
  const categories = [...ids.categories.values()];
  const spending = (from: string, to: string) => () =>
    api.aqlQuery(
      api
        .q('transactions')
        .filter({
          account: { $oneof: cny },
          category: { $oneof: categories },
          date: { $gte: firstDay(from), $lte: lastDay(to) },
        })
        .groupBy(['category', { $month: '$date' }])
        .select(['category', { month: { $month: '$date' } }, { amount: { $sum: '$amount' } }]),
    );
  const analyticsMonthMs = await medianOf(runs, spending(lastMonth, lastMonth));
  const analyticsYearMs = await medianOf(runs, spending(addMonths(lastMonth, -11), lastMonth));
  const analyticsAllMs = await medianOf(runs, spending(firstMonth, lastMonth));

  const register = () => api.q('transactions').options({ splits: 'grouped' }).select('*');
  const historyFirstPageMs = await medianOf(runs, () => api.aqlQuery(register().limit(50)));
  const search = (text: string) => () =>
    api.aqlQuery(
      register()
        .filter({
          $or: [{ notes: { $like: `%${text}%` } }, { 'payee.name': { $like: `%${text}%` } }],
        })
        .limit(50),
    );
  const searchMs = await medianOf(runs, search('trip'));
  const searchFullScanMs = await medianOf(runs, search('no such words'));

  const payer = await api.createAccount({ name: 'Bench payer', offbudget: false }, 100_000_000);
  let at = Date.UTC(2026, 0, 2, 1);
  const commits: number[] = [];
  for (let i = 0; i < payments; i += 1) {
    at += 150 * 60_000;
    const date = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
    const [ms] = await timed(() =>
      api.addTransactions(
        payer,
        [{ date, amount: -(1_000 + ((i * 37) % 500)), payee_name: `Bench Shop ${i % 10}` }],
        { runTransfers: true },
      ),
    );
    commits.push(ms);
  }

  const exports: { ms: number; rows: number }[] = [];
  for (let run = 0; run < Math.min(runs, 3); run += 1) {
    const [ms, csv] = await timed(() =>
      send('transactions-export-query', { query: api.q('transactions').serialize() }),
    );
    exports.push({ ms, rows: (csv as string).trimEnd().split('\n').length - 1 });
  }
  const exportMs = median(exports.map((e) => e.ms));
  const exportRows = exports[0]!.rows;
  return {
    commitP50: percentile(commits, 50),
    commitP95: percentile(commits, 95),
    analyticsMonthMs,
    analyticsYearMs,
    analyticsAllMs,
    historyFirstPageMs,
    searchMs,
    searchFullScanMs,
    exportRows,
    exportMs,
    exportRowsPerSec: median(exports.map((e) => (e.rows / e.ms) * 1000)),
  };
}
