import type { ParsedInput } from '../../shared/contract';
import type { CurrencyCode } from '../../shared/currencies';
import { monthKeyOf } from '../../shared/dates';
import type { DashboardSummary, NetWorthLine } from '../../shared/domain';
import { addMinor } from '../../shared/money';
import type { EngineContext } from './context';
import { readFigures } from './figures/month-figures';
import { transactionOf } from '../transaction-rows';

function addLine(lines: Map<CurrencyCode, number>, currency: CurrencyCode, minor: number) {
  lines.set(currency, addMinor(lines.get(currency) ?? 0, minor));
}

function toLines(lines: Map<CurrencyCode, number>): NetWorthLine[] {
  return [...lines]
    .map(([currency, minor]) => ({ currency, minor }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/**
 * Home: accounts, net worth, this month's spending and income per currency (the figures of
 * `src/shared/month-figures.ts`) and recent activity, from cached data only.
 */
export async function dashboardSummary(
  ctx: EngineContext,
  input: ParsedInput<'dashboard.summary'>,
): Promise<DashboardSummary> {
  const month = monthKeyOf(ctx.clock.now(), input?.timeZone ?? ctx.timeZone);
  return ctx.db.transaction(
    'r',
    [ctx.db.accounts, ctx.db.categories, ctx.db.aggregates, ctx.db.transactions],
    async () => {
      const [accounts, figures, recent] = await Promise.all([
        ctx.db.accounts.toArray(),
        readFigures(ctx, month, month),
        ctx.db.transactions.orderBy('[occurredAt+id]').reverse().limit(10).toArray(),
      ]);
      const netWorth = new Map<CurrencyCode, number>();
      for (const account of accounts) addLine(netWorth, account.currency, account.balance);
      const totals = figures.total.totals();
      return {
        accounts: accounts
          .filter((account) => !account.archived)
          .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
        netWorth: toLines(netWorth),
        recent: recent.map(transactionOf),
        month,
        monthSpending: totals.map(({ currency, spending }) => ({ currency, minor: spending })),
        monthIncome: totals.map(({ currency, income }) => ({ currency, minor: income })),
      };
    },
  );
}
