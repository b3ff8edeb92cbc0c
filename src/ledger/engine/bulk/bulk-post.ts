import type { Account } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { addMinor } from '../../../shared/money';
import type { AggregateSheet, PurseDb } from '../../db';
import { aggregateDeltas, withRollups, type AggregateDelta } from '../aggregates';
import { addToSheets, byId, sheetsOfSpan, spanOf, type SheetSpan } from '../aggregate-sheets';
import { audit } from '../audit';
import { moneyTables, type EngineContext } from '../context';
import { categoryIdOf, isOwnAccount } from '../ledger-accounts';
import { buildTransaction, type TransactionDraft } from '../post-transaction';
import { rowOf, type TransactionRow } from '../../transaction-rows';

/** One transaction to import: a draft as `postTransaction` takes it, with an optional id. */
export type BulkDraft = TransactionDraft & { readonly id?: string };

/** Rows per bulkAdd call: small enough to overlap sealing with writing. */
const SLICE = 1_000;

export interface BulkPostResult {
  /** The ids of the new transactions, in the order of the drafts. */
  readonly ids: readonly string[];
  readonly postings: number;
}

function invalid(index: number, message: string, details: Record<string, string> = {}): never {
  throw new PurseError('VALIDATION', `Transaction ${index + 1}: ${message}`, {
    index,
    ...details,
  });
}

/**
 * Posts many balanced transactions at once, for imports and benchmarks: every draft is
 * checked first (postings balance in safe integers, own accounts exist, are open and hold the
 * draft's currency, categories and counterparties exist), then all of them are written in
 * ONE read-write transaction — rows and postings with `bulkAdd` (sealed like every row), the
 * cached balances and the monthly aggregates accumulated in memory and written once. So it is
 * all-or-nothing per call: one bad draft throws a `VALIDATION` error naming its index and
 * nothing is written. Callers with very many rows call it once per chunk (a few thousand to
 * tens of thousands of drafts); each chunk then lands or not on its own.
 *
 * Unlike `transactions.record`, it does not refuse to overdraw an account: imported history
 * is what happened. One audit entry (`transaction.bulk`) records the call.
 */
export async function bulkPostTransactions(
  ctx: EngineContext,
  drafts: readonly BulkDraft[],
): Promise<BulkPostResult> {
  if (drafts.length === 0) return { ids: [], postings: 0 };
  const { db } = ctx;
  return db.transaction('rw', moneyTables(db), async () => {
    const [accountRows, categoryRows, counterpartyIds] = await Promise.all([
      db.accounts.toArray(),
      db.categories.toArray(),
      db.counterparties.toCollection().primaryKeys(),
    ]);
    const accounts = new Map(accountRows.map((account) => [account.id, account]));
    const kinds = new Map(categoryRows.map((category) => [category.id, category.kind]));
    const categories = new Set<string>(kinds.keys());
    const counterparties = new Set<string>(counterpartyIds);
    const now = ctx.clock.now();

    const transactions: TransactionRow[] = [];
    let postings = 0;
    const balances = new Map<string, number>();
    const deltas = new Map<string, AggregateDelta>();

    drafts.forEach((draft, index) => {
      const { postings: lines, id: wanted, ...rest } = draft;
      if (!Number.isSafeInteger(draft.amount) || draft.amount <= 0)
        invalid(index, 'the amount must be a positive whole number of minor units.');
      if (lines.length < 2) invalid(index, 'a transaction needs at least two postings.');
      let sum = 0;
      for (const line of lines) {
        if (!Number.isSafeInteger(line.amount))
          invalid(index, 'a posting amount is not a whole number of minor units.');
        sum = addMinor(sum, line.amount);
        if (isOwnAccount(line.ledgerAccount)) {
          const account = accounts.get(line.ledgerAccount);
          if (!account) invalid(index, 'an account does not exist.', { id: line.ledgerAccount });
          if (account.archived) invalid(index, 'an account is archived.', { id: account.id });
          if (account.currency !== draft.currency)
            invalid(index, 'the currency differs from the account’s.', { id: account.id });
        } else {
          const categoryId = categoryIdOf(line.ledgerAccount);
          if (categoryId !== undefined && !categories.has(categoryId))
            invalid(index, 'a category does not exist.', { id: categoryId });
        }
      }
      if (sum !== 0) invalid(index, 'the postings do not balance.');
      for (const id of [draft.accountId, draft.toAccountId]) {
        if (id !== undefined && !accounts.has(id))
          invalid(index, 'an account does not exist.', { id });
      }
      if (draft.categoryId !== undefined && !categories.has(draft.categoryId))
        invalid(index, 'a category does not exist.', { id: draft.categoryId });
      if (draft.counterpartyId !== undefined && !counterparties.has(draft.counterpartyId))
        invalid(index, 'a counterparty does not exist.', { id: draft.counterpartyId });

      const { transaction, postings: own } = buildTransaction(
        { ...rest, postings: lines },
        wanted ?? newId(),
        now,
      );
      transactions.push(rowOf({ transaction, postings: own }));
      postings += own.length;
      for (const posting of own) {
        if (isOwnAccount(posting.ledgerAccount)) {
          const before = balances.get(posting.ledgerAccount) ?? 0;
          balances.set(posting.ledgerAccount, addMinor(before, posting.amount));
        }
      }
      for (const delta of aggregateDeltas(transaction, own)) {
        const seen = deltas.get(delta.id);
        if (!seen) deltas.set(delta.id, delta);
        else {
          seen.debit = addMinor(seen.debit, delta.debit);
          seen.credit = addMinor(seen.credit, delta.credit);
          seen.count += delta.count;
        }
      }
    });

    const updated: Account[] = [...balances].map(([id, change]) => {
      const account = accounts.get(id)!;
      return { ...account, balance: addMinor(account.balance, change), updatedAt: now };
    });
    // The stored aggregate sheets these deltas add to are read first, so that IndexedDB
    // answers while this thread seals the first slice; their write is then issued after
    // that slice instead of after every row (IndexedDB would sit idle while it is sealed).
    // The monthly rows with their roll-ups (see AggregateScope), merged by id.
    const all = new Map(
      withRollups([...deltas.values()], (id) => kinds.get(id)).map((delta) => [delta.id, delta]),
    );
    const stored = readAggregates(db, all);
    const writes: Promise<unknown>[] = [
      db.accounts.bulkPut(updated),
      audit(ctx, 'transaction.bulk', undefined, { count: transactions.length }),
    ];
    // In slices: IndexedDB writes one slice while this thread seals the next.
    const slices = Math.ceil(transactions.length / SLICE);
    for (let i = 0; i < slices; i += 1) {
      writes.push(db.transactions.bulkAdd(transactions.slice(i * SLICE, (i + 1) * SLICE)));
      if (i === 0) writes.push(writeAggregates(db, all, await stored));
    }
    await Promise.all(writes);
    return { ids: transactions.map((transaction) => transaction.id), postings };
  });
}

/**
 * The stored sheets that `deltas` may add to, by id: per span (days, months, years), one
 * range read over the periods the deltas cover, rather than one lookup per sheet: an import
 * touches hundreds of sheets, most of them new.
 */
async function readAggregates(
  db: PurseDb,
  deltas: ReadonlyMap<string, AggregateDelta>,
): Promise<Map<string, AggregateSheet>> {
  const spans = new Map<SheetSpan, [string, string]>();
  for (const { month } of deltas.values()) {
    const span = spanOf(month);
    const range = spans.get(span);
    if (!range) spans.set(span, [month, month]);
    else if (month < range[0]) range[0] = month;
    else if (month > range[1]) range[1] = month;
  }
  const found = await Promise.all(
    [...spans].map(([span, [from, to]]) => sheetsOfSpan(db.aggregates, span, from, to)),
  );
  return byId(found.flat());
}

/** Adds the deltas into the stored sheets: new sheets with `bulkAdd`, changed ones with `bulkPut`. */
function writeAggregates(
  db: PurseDb,
  deltas: ReadonlyMap<string, AggregateDelta>,
  stored: ReadonlyMap<string, AggregateSheet>,
): Promise<unknown> {
  const { added, changed } = addToSheets(stored, [...deltas.values()]);
  return Promise.all([
    added.length ? db.aggregates.bulkAdd(added) : undefined,
    changed.length ? db.aggregates.bulkPut(changed) : undefined,
  ]);
}
