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
import type { Account, Posting, Transaction } from '../../../shared/domain';
import type { EngineContext } from '../context';
import { isOwnAccount } from '../ledger-accounts';
import { matcherFor, newestFirst } from './history';
import { localStamp } from './local-stamp';

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

/**
 * The own-account postings of a page of transactions, in posting-id order. One range read
 * per account over the page's time span: an `anyOf` over thousands of transaction ids walks
 * a cursor key by key and also opens the category side, which the statement never writes.
 */
async function ownPostingsOf(
  ctx: EngineContext,
  page: readonly Transaction[],
  accounts: readonly Account[],
): Promise<Posting[]> {
  const newest = page[0];
  const oldest = page.at(-1);
  if (!newest || !oldest) return [];
  const ids = new Set(page.map((t) => t.id));
  const perAccount = await Promise.all(
    accounts.map((account) =>
      ctx.db.postings
        .where('[ledgerAccount+occurredAt]')
        .between([account.id, oldest.occurredAt], [account.id, newest.occurredAt], true, true)
        .toArray(),
    ),
  );
  return perAccount
    .flat()
    .filter((posting) => ids.has(posting.txnId))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
  const scanned = await newestFirst(ctx, { from: filters.from, to: filters.to }, input.cursor)
    .limit(limit + 1)
    .toArray();
  const page = scanned.slice(0, limit);
  const upper =
    input.cursor ?? (filters.to !== undefined ? { occurredAt: filters.to + 1, id: '' } : null);
  const balances = { ...(input.balances ?? (await startingBalances(ctx, upper))) };

  const [accounts, categories, counterparties] = await Promise.all([
    ctx.db.accounts.toArray(),
    ctx.db.categories.toArray(),
    ctx.db.counterparties.toArray(),
  ]);
  const postings = await ownPostingsOf(ctx, page, accounts);
  const accountName = new Map(accounts.map((a) => [a.id, a.name]));
  const categoryName = new Map(categories.map((c) => [c.id, c.name[language]]));
  const payeeName = new Map(counterparties.map((c) => [c.id, c.name]));
  const byTxn = new Map<string, Posting[]>();
  for (const posting of postings) {
    const list = byTxn.get(posting.txnId);
    if (list) list.push(posting);
    else byTxn.set(posting.txnId, [posting]);
  }

  let csv = input.cursor ? '' : csvLine(STATEMENT_COLUMNS);
  let rows = 0;
  for (const t of page) {
    const include = matches(t);
    const [date, time] = localStamp(t.occurredAt, t.timeZone);
    for (const posting of byTxn.get(t.id) ?? []) {
      if (!isOwnAccount(posting.ledgerAccount)) continue;
      const after = balances[posting.ledgerAccount] ?? 0;
      balances[posting.ledgerAccount] = after - posting.amount;
      if (!include || (chosen && !chosen.has(posting.ledgerAccount))) continue;
      const other =
        t.kind === 'transfer' || t.kind === 'topup' || t.kind === 'withdrawal'
          ? accountName.get(
              posting.ledgerAccount === t.accountId ? (t.toAccountId ?? '') : t.accountId,
            )
          : t.counterpartyId
            ? payeeName.get(t.counterpartyId)
            : undefined;
      csv += csvLine([
        date,
        time,
        accountName.get(posting.ledgerAccount) ?? posting.ledgerAccount,
        other ?? '',
        t.categoryId ? (categoryName.get(t.categoryId) ?? '') : '',
        t.memo ?? '',
        minorToDecimalString(posting.amount, posting.currency),
        posting.currency,
        minorToDecimalString(after, posting.currency),
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
    nextCursor:
      scanned.length > limit && last ? { occurredAt: last.occurredAt, id: last.id } : null,
    balances,
  };
}
