import { Dexie } from 'dexie';
import type { z } from 'zod';
import { csvLine } from '../../../shared/csv';
import { minorToDecimalString } from '../../../shared/money';
import {
  chosenAccounts,
  STATEMENT_COLUMNS,
  type HistoryCursor,
  type StatementChunk,
  type statementChunkInput,
} from '../../../shared/history';
import type { Account, Category, Counterparty, Posting, Transaction } from '../../../shared/domain';
import type { EngineContext } from '../context';
import { ownSidesOf } from '../ledger-accounts';
import { matcherFor } from './history';
import { localStamp } from './local-stamp';
import { newestFirst } from './text-search';

/** Each own account's balance just after the newest transaction this chunk will read. */
async function startingBalances(
  ctx: EngineContext,
  upper: HistoryCursor | null,
): Promise<Record<string, number>> {
  const accounts = await ctx.db.accounts.toArray();
  const balances: Record<string, number> = {};
  for (const account of accounts) {
    let balance = account.balance;
    if (upper) {
      const later = await ctx.db.postings
        .where('[ledgerAccount+occurredAt]')
        .between([account.id, upper.occurredAt], [account.id, Dexie.maxKey], true, true)
        .filter((p) => p.occurredAt > upper.occurredAt || p.txnId > upper.id)
        .toArray();
      for (const posting of later) balance -= posting.amount;
    }
    balances[account.id] = balance;
  }
  return balances;
}

/** Transactions per read: each slice is opened while the database reads the next. */
const SLICE = 1000;

interface Page {
  /** Newest first. */
  readonly transactions: Transaction[];
  readonly more: boolean;
  /**
   * The own-account postings of the page's older rows — those written before `ownSides` was
   * kept — by transaction, each list in posting-id order. Empty for a ledger written since.
   */
  readonly postings: Map<string, Posting[]>;
  readonly accounts: Account[];
  readonly categories: Category[];
  readonly counterparties: Counterparty[];
  readonly balances: Record<string, number>;
}

/**
 * Reads one page in one read-only transaction, keeping IndexedDB busy while rows are opened:
 * the transactions come in slices, newest first, and as soon as a slice has arrived the next
 * slice is asked for. A row carries its own-account sides (`ownSides`), so a statement reads
 * one row per transaction. Rows written before that lack them: for those only, their
 * postings are asked for as soon as their slice has arrived — one range per own account over
 * the span of those rows (a posting is dated with its transaction; an `anyOf` over thousands
 * of ids walks a cursor key by key). Only Dexie promises are awaited in here.
 */
async function readPage(
  ctx: EngineContext,
  input: z.output<typeof statementChunkInput>,
  limit: number,
): Promise<Page> {
  const { db } = ctx;
  const filters = input.filters ?? {};
  const dates = { from: filters.from, to: filters.to };
  const tables = [db.transactions, db.postings, db.accounts, db.categories, db.counterparties];
  return db.transaction('r', tables, async () => {
    const upper =
      input.cursor ?? (filters.to !== undefined ? { occurredAt: filters.to + 1, id: '' } : null);
    const slice = (after: HistoryCursor | undefined, count: number) =>
      newestFirst(ctx, dates, after).limit(count).toArray();
    let reading = slice(input.cursor, Math.min(SLICE, limit));
    const [accounts, categories, counterparties] = await Promise.all([
      db.accounts.toArray(),
      db.categories.toArray(),
      db.counterparties.toArray(),
    ]);
    // Carried balances need no read at all.
    const started = input.balances ? undefined : startingBalances(ctx, upper);
    const postingReads = [];
    const transactions: Transaction[] = [];
    let more = false;
    for (;;) {
      const rows = await reading;
      const asked = Math.min(SLICE, limit - transactions.length);
      transactions.push(...rows);
      const last = rows.at(-1);
      const next = last ? { occurredAt: last.occurredAt, id: last.id } : undefined;
      const remaining = limit - transactions.length;
      const ended = rows.length < asked;
      // Asked before this slice's postings, so that it is read while those are opened.
      if (!ended && remaining > 0) reading = slice(next, Math.min(SLICE, remaining));
      const older = rows.filter((t) => t.ownSides === undefined);
      if (older.length) {
        const ids = new Set(older.map((t) => t.id));
        const [newest, oldest] = [older[0]!.occurredAt, older.at(-1)!.occurredAt];
        for (const account of accounts) {
          postingReads.push(
            db.postings
              .where('[ledgerAccount+occurredAt]')
              .between([account.id, oldest], [account.id, newest], true, true)
              .toArray()
              .then((postings) => postings.filter((posting) => ids.has(posting.txnId))),
          );
        }
      }
      if (ended) break;
      if (remaining === 0) {
        // Whether a next chunk exists: one key, nothing to open.
        more = (await newestFirst(ctx, dates, next).limit(1).primaryKeys()).length > 0;
        break;
      }
    }
    const [lists, balances] = await Promise.all([Promise.all(postingReads), started]);
    const own = lists.flat().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const postings = new Map<string, Posting[]>();
    for (const posting of own) {
      const list = postings.get(posting.txnId);
      if (list) list.push(posting);
      else postings.set(posting.txnId, [posting]);
    }
    return {
      transactions,
      more,
      postings,
      accounts,
      categories,
      counterparties,
      balances: { ...(input.balances ?? balances) },
    };
  });
}

/**
 * One chunk of a statement: up to `limit` transactions, newest first, as CSV records — one
 * per own-account side, with that account's balance right after it. Balances run on from
 * chunk to chunk, so a statement of any size streams with flat memory.
 */
export async function statementChunk(
  ctx: EngineContext,
  input: z.output<typeof statementChunkInput>,
): Promise<StatementChunk> {
  const filters = input.filters ?? {};
  const limit = input.limit ?? 2000;
  const language = input.language ?? 'en';
  const matches = await matcherFor(ctx, filters);
  const chosen = chosenAccounts(filters);
  // Dates bound the scan; the other filters only choose which rows are written, so the
  // running balances still see every transaction.
  const {
    transactions: page,
    more,
    postings: byTxn,
    balances,
    ...names
  } = await readPage(ctx, input, limit);
  const accountName = new Map(names.accounts.map((a) => [a.id, a.name]));
  const categoryName = new Map(names.categories.map((c) => [c.id, c.name[language]]));
  const payeeName = new Map(names.counterparties.map((c) => [c.id, c.name]));

  let csv = input.cursor ? '' : csvLine(STATEMENT_COLUMNS);
  let rows = 0;
  for (const t of page) {
    const include = matches(t);
    const [date, time] = localStamp(t.occurredAt, t.timeZone);
    // A posting's currency is its transaction's (`ledger.verify` checks both).
    const sides = t.ownSides ?? ownSidesOf(byTxn.get(t.id) ?? []);
    for (const { account, amount } of sides) {
      const after = balances[account] ?? 0;
      balances[account] = after - amount;
      if (!include || (chosen && !chosen.has(account))) continue;
      const other =
        t.kind === 'transfer' || t.kind === 'topup' || t.kind === 'withdrawal'
          ? accountName.get(account === t.accountId ? (t.toAccountId ?? '') : t.accountId)
          : t.counterpartyId
            ? payeeName.get(t.counterpartyId)
            : undefined;
      csv += csvLine([
        date,
        time,
        accountName.get(account) ?? account,
        other ?? '',
        t.categoryId ? (categoryName.get(t.categoryId) ?? '') : '',
        t.memo ?? '',
        minorToDecimalString(amount, t.currency),
        t.currency,
        minorToDecimalString(after, t.currency),
        t.kind,
        t.receiptNo ?? '',
        t.id,
      ]);
      rows += 1;
    }
  }
  const last = page.at(-1);
  return {
    csv,
    rows,
    nextCursor: more && last ? { occurredAt: last.occurredAt, id: last.id } : null,
    balances,
  };
}
