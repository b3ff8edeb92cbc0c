import { addMinor } from '../../shared/money';
import type { Category, Posting, Transaction } from '../../shared/domain';
import { dayKeyOf } from '../../shared/dates';
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { AggregateScope, AggregateSheet, PurseDb, RollupScope } from '../db';
import {
  addToStoredSheets,
  aggregateId,
  replaceScopes,
  rowsOfSheets,
  sheetIdsOf,
  sheetsOfSpan,
  type SheetTable,
} from './aggregate-sheets';
import {
  categoryIdOf,
  EXTERNAL_PREFIX,
  externalCounterpartyOf,
  isExternal,
  isOwnAccount,
} from './ledger-accounts';
import { postingsOf, SIDES_FIELD, type TransactionRow } from '../transaction-rows';

/** Transaction kinds whose money counts against the payment limits. */
export const LIMITED_KINDS: ReadonlySet<Transaction['kind']> = new Set(['payment', 'p2p']);

export interface AggregateDelta {
  readonly id: string;
  readonly scope: AggregateScope;
  readonly scopeId: string;
  readonly month: string;
  readonly currency: Posting['currency'];
  debit: number;
  credit: number;
  count: number;
}

export { aggregateId } from './aggregate-sheets';

/**
 * What a transaction adds to the aggregates: per own account and per category from its
 * postings; per contact (`people`) from its side outside the user's books; per counterparty
 * from the side that left or entered the user's books; and, for payments and transfers to
 * contacts, the day's and year's limit usage.
 */
export function aggregateDeltas(
  txn: Pick<
    Transaction,
    'counterpartyId' | 'kind' | 'occurredAt' | 'timeZone' | 'amount' | 'currency'
  >,
  postings: readonly Posting[],
  sign: 1 | -1 = 1,
): AggregateDelta[] {
  const deltas = new Map<string, AggregateDelta>();
  const add = (
    scope: AggregateScope,
    scopeId: string,
    period: string,
    currency: Posting['currency'],
    amount: number,
  ) => {
    const id = aggregateId(scope, scopeId, period, currency);
    let delta = deltas.get(id);
    if (!delta) {
      delta = { id, scope, scopeId, month: period, currency, debit: 0, credit: 0, count: 0 };
      deltas.set(id, delta);
    }
    if (amount >= 0) delta.debit = addMinor(delta.debit, sign * amount);
    else delta.credit = addMinor(delta.credit, sign * -amount);
    delta.count += sign;
  };
  for (const posting of postings) {
    const { month, currency, amount, ledgerAccount } = posting;
    if (isOwnAccount(ledgerAccount)) {
      add('account', ledgerAccount, month, currency, amount);
      continue;
    }
    const categoryId = categoryIdOf(ledgerAccount);
    const contactId = externalCounterpartyOf(ledgerAccount);
    if (categoryId) add('category', categoryId, month, currency, amount);
    if (contactId) add('people', contactId, month, currency, amount);
    // Spending with a merchant or sending to a contact is a debit on the counterparty;
    // income or a refund from it, a credit.
    if ((categoryId || contactId) && txn.counterpartyId) {
      add('counterparty', txn.counterpartyId, month, currency, amount);
    }
  }
  if (LIMITED_KINDS.has(txn.kind)) {
    const day = dayKeyOf(txn.occurredAt, txn.timeZone);
    add('limit', txn.currency, day, txn.currency, txn.amount);
    add('limit', txn.currency, day.slice(0, 4), txn.currency, txn.amount);
  }
  return [...deltas.values()];
}

/** The kind of a category by id; an unknown one counts as spending, as analytics reads it. */
export type CategoryKindOf = (categoryId: string) => Category['kind'] | undefined;

export const ROLLUP_SCOPES: readonly RollupScope[] = [
  'category-year',
  'counterparty-year',
  'category-kind',
  'account-total',
];

/** What a roll-up needs of a monthly delta or stored row. */
type AggregateAmounts = Pick<
  AggregateDelta,
  'scope' | 'scopeId' | 'month' | 'currency' | 'debit' | 'credit' | 'count'
>;

/**
 * Adds `delta` into the delta with the same id in `into` (or puts a copy of it there). Plain
 * sums, so that verify reports a corrupt amount instead of throwing on it; the writes check
 * every sum for safe integers when they add it to the stored row.
 */
function mergeDelta(into: Map<string, AggregateDelta>, delta: AggregateDelta): void {
  const seen = into.get(delta.id);
  if (!seen) {
    into.set(delta.id, { ...delta });
    return;
  }
  seen.debit += delta.debit;
  seen.credit += delta.credit;
  seen.count += delta.count;
}

/**
 * What monthly deltas (or rows) add to the roll-ups: each category and counterparty month to
 * its year, each category month to its kind's month, each account month to the month's total
 * over all accounts. Limit rows and roll-ups in the input are ignored.
 */
export function rollupDeltas(
  monthly: Iterable<AggregateAmounts>,
  kindOf: CategoryKindOf,
): AggregateDelta[] {
  const out = new Map<string, AggregateDelta>();
  const add = (scope: RollupScope, scopeId: string, period: string, from: AggregateAmounts) => {
    mergeDelta(out, {
      id: aggregateId(scope, scopeId, period, from.currency),
      scope,
      scopeId,
      month: period,
      currency: from.currency,
      debit: from.debit,
      credit: from.credit,
      count: from.count,
    });
  };
  for (const row of monthly) {
    if (row.scope === 'category') {
      add('category-year', row.scopeId, row.month.slice(0, 4), row);
      add('category-kind', kindOf(row.scopeId) === 'income' ? 'income' : 'expense', row.month, row);
    } else if (row.scope === 'counterparty') {
      add('counterparty-year', row.scopeId, row.month.slice(0, 4), row);
    } else if (row.scope === 'account') {
      add('account-total', row.currency, row.month, row);
    }
  }
  return [...out.values()];
}

/** Monthly deltas with the roll-up deltas they imply, merged by id. */
export function withRollups(
  deltas: readonly AggregateDelta[],
  kindOf: CategoryKindOf,
): AggregateDelta[] {
  const merged = new Map<string, AggregateDelta>();
  for (const delta of [...deltas, ...rollupDeltas(deltas, kindOf)]) mergeDelta(merged, delta);
  return [...merged.values()];
}

/** The kinds of the categories that monthly deltas or rows name, read from `categories`. */
export async function categoryKinds(
  categories: Pick<Table<Category, string>, 'bulkGet'>,
  monthly: Iterable<Pick<AggregateDelta, 'scope' | 'scopeId'>>,
): Promise<CategoryKindOf> {
  const ids = new Set<string>();
  for (const row of monthly) if (row.scope === 'category') ids.add(row.scopeId);
  const found = await categories.bulkGet([...ids]);
  const kinds = new Map<string, Category['kind']>();
  for (const category of found) if (category) kinds.set(category.id, category.kind);
  return (categoryId) => kinds.get(categoryId);
}

/**
 * Adds monthly deltas (as `aggregateDeltas` makes them) into the stored rows, and their
 * roll-ups with them; call inside the write's read-write transaction, which must include the
 * categories table (their kinds pick the `category-kind` row). Rows that come to zero are
 * kept.
 */
export async function applyAggregateDeltas(
  db: PurseDb,
  monthly: readonly AggregateDelta[],
  known: KnownAggregates = {},
): Promise<void> {
  if (monthly.length === 0) return;
  // The sheets are read together with the category kinds, not after them: a category's
  // month adds to its kind's row, which is in the same sheet whatever the kind.
  const ids = sheetIdsOf(withRollups(monthly, () => 'expense'));
  const stored = known.sheets ?? new Map<string, AggregateSheet | null>();
  const missing = ids.filter((id) => !stored.has(id));
  const [kindOf, found] = await Promise.all([
    known.kindOf ?? categoryKinds(db.categories, monthly),
    missing.length ? db.aggregates.bulkGet(missing) : [],
  ]);
  const sheets = new Map(stored);
  missing.forEach((id, i) => sheets.set(id, found[i] ?? null));
  await addToStoredSheets(db.aggregates, withRollups(monthly, kindOf), sheets);
}

/**
 * What the caller of `applyAggregateDeltas` has read already in its transaction: sheets by
 * id (`null` for one it found missing) and the kinds of the categories the deltas name.
 */
export interface KnownAggregates {
  readonly sheets?: ReadonlyMap<string, AggregateSheet | null>;
  readonly kindOf?: CategoryKindOf;
}

/** The roll-up rows that monthly rows sum up to, leaving out those that come to zero. */
export function rollupRows(
  monthly: Iterable<AggregateAmounts>,
  kindOf: CategoryKindOf,
): AggregateDelta[] {
  return rollupDeltas(monthly, kindOf).filter(
    (row) => row.debit !== 0 || row.credit !== 0 || row.count !== 0,
  );
}

/**
 * Replaces every roll-up with the sums of the monthly rows stored: for restoring a backup
 * made before the roll-ups (and for checking them in tests). Takes tables so that a
 * transaction can pass its own.
 */
export async function rebuildRollups(
  aggregates: SheetTable,
  categories: Pick<Table<Category, string>, 'bulkGet'>,
): Promise<number> {
  // The monthly rows are in the month sheets; roll-ups and limits in them are ignored.
  const monthly = rowsOfSheets(await sheetsOfSpan(aggregates, 'month'));
  const rows = rollupRows(monthly, await categoryKinds(categories, monthly));
  await replaceScopes(aggregates, ROLLUP_SCOPES, rows);
  return rows.length;
}

/** The postings to contacts (`external:<contact id>`), every one: one index range. */
function postingsToPeople(
  transactions: Pick<EntityTable<TransactionRow, 'id'>, 'where'>,
): Promise<Posting[]> {
  return transactions
    .where(SIDES_FIELD)
    .between(
      [EXTERNAL_PREFIX, Dexie.minKey],
      [`${EXTERNAL_PREFIX}\uffff`, Dexie.maxKey],
      true,
      true,
    )
    .toArray()
    .then((rows) =>
      // A row with two contacts' sides is found once per side: each posting counts once.
      [...new Map(rows.map((row) => [row.id, row])).values()]
        .flatMap(postingsOf)
        .filter((posting) => isExternal(posting.ledgerAccount)),
    );
}

/**
 * Replaces every `people` row with the sums of the postings to contacts: for restoring a
 * backup made before schema v13 kept them. Takes tables so that a transaction can pass its
 * own; Dexie's promises are chained, not awaited, so that the caller's transaction goes on.
 */
export function rebuildPeople(
  aggregates: SheetTable,
  transactions: Pick<EntityTable<TransactionRow, 'id'>, 'where'>,
): Promise<unknown> {
  return postingsToPeople(transactions).then((sent) => {
    const rows = new Map<string, AggregateDelta>();
    for (const posting of sent) {
      // The posting alone, as a side with no counterparty and outside the limits: its row.
      const side = { ...posting, kind: 'transfer', timeZone: 'UTC' } as const;
      for (const delta of aggregateDeltas(side, [posting])) mergeDelta(rows, delta);
    }
    return replaceScopes(aggregates, ['people'], [...rows.values()]);
  });
}
