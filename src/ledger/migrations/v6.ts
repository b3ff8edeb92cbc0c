import type { Transaction } from 'dexie';
import { stores as v5Stores } from './v5';

/**
 * v6: yearly, per-kind and all-accounts roll-ups of the monthly aggregates, in scopes of
 * their own (same indexes), built from the monthly rows already stored.
 */
export const stores = v5Stores;

type MonthlyScope = 'account' | 'category' | 'counterparty';
type RollupScope = 'category-year' | 'counterparty-year' | 'category-kind' | 'account-total';

/** An aggregate as v1 to v9 stored it: one row per scope, scopeId, period and currency. */
export interface AggregateRow {
  readonly id: string;
  readonly scope: MonthlyScope | 'limit' | RollupScope;
  readonly scopeId: string;
  readonly month: string;
  readonly currency: string;
  debit: number;
  credit: number;
  count: number;
}

const MONTHLY_SCOPES: readonly MonthlyScope[] = ['account', 'category', 'counterparty'];
const ROLLUP_SCOPES: readonly RollupScope[] = [
  'category-year',
  'counterparty-year',
  'category-kind',
  'account-total',
];

/**
 * The roll-ups that monthly rows sum up to, leaving out those that come to zero: each
 * category and counterparty month to its year, each category month to its kind's month
 * (an unknown category counts as spending), each account month to the month's total.
 */
function rollupRows(
  monthly: readonly AggregateRow[],
  kinds: ReadonlyMap<string, string>,
): AggregateRow[] {
  const out = new Map<string, AggregateRow>();
  const add = (scope: RollupScope, scopeId: string, period: string, from: AggregateRow) => {
    const { currency, debit, credit, count } = from;
    const id = `${scope}|${scopeId}|${period}|${currency}`;
    const seen = out.get(id);
    if (!seen) {
      out.set(id, { id, scope, scopeId, month: period, currency, debit, credit, count });
      return;
    }
    // Plain sums: verify reports a corrupt amount instead of the upgrade throwing on it.
    seen.debit += debit;
    seen.credit += credit;
    seen.count += count;
  };
  for (const row of monthly) {
    if (row.scope === 'category') {
      add('category-year', row.scopeId, row.month.slice(0, 4), row);
      const kind = kinds.get(row.scopeId) === 'income' ? 'income' : 'expense';
      add('category-kind', kind, row.month, row);
    } else if (row.scope === 'counterparty') {
      add('counterparty-year', row.scopeId, row.month.slice(0, 4), row);
    } else if (row.scope === 'account') {
      add('account-total', row.currency, row.month, row);
    }
  }
  return [...out.values()].filter((row) => row.debit !== 0 || row.credit !== 0 || row.count !== 0);
}

/** Replaces the roll-ups with the sums of the monthly rows stored. */
export async function upgrade(tx: Transaction): Promise<void> {
  const aggregates = tx.table<AggregateRow, string>('aggregates');
  const ofScope = (scope: string) =>
    aggregates.where('[scope+month]').between([scope, ''], [scope, '\uffff']);
  for (const scope of ROLLUP_SCOPES) await ofScope(scope).delete();
  const monthly = (
    await Promise.all(MONTHLY_SCOPES.map((scope) => ofScope(scope).toArray()))
  ).flat();
  const ids = new Set(monthly.filter((row) => row.scope === 'category').map((row) => row.scopeId));
  const categories = tx.table<{ id: string; kind: string }, string>('categories');
  const kinds = new Map<string, string>();
  for (const category of await categories.bulkGet([...ids]))
    if (category) kinds.set(category.id, category.kind);
  const rows = rollupRows(monthly, kinds);
  if (rows.length) await aggregates.bulkPut(rows);
}
