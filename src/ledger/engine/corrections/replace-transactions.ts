import type { Account, Posting, TransactionDetail } from '../../../shared/domain';
import { detailOf, rowOf, type TransactionRow } from '../../transaction-rows';
import { PurseError } from '../../../shared/errors';
import { addMinor } from '../../../shared/money';
import { aggregateDeltas, applyAggregateDeltas, type AggregateDelta } from '../aggregates';
import type { EngineContext } from '../context';
import { isOwnAccount } from '../ledger-accounts';

/** One transaction going from one stored state to another (absent: not stored). */
export interface Replacement {
  readonly from?: TransactionDetail;
  readonly to?: TransactionDetail;
}

/** What the own accounts' balances move by when `replacements` land, by account id. */
function balanceMoves(replacements: readonly Replacement[]): Map<string, number> {
  const moves = new Map<string, number>();
  const add = (postings: readonly Posting[], sign: 1 | -1) => {
    for (const posting of postings) {
      if (!isOwnAccount(posting.ledgerAccount)) continue;
      const moved = moves.get(posting.ledgerAccount) ?? 0;
      moves.set(posting.ledgerAccount, addMinor(moved, sign * posting.amount));
    }
  };
  for (const { from, to } of replacements) {
    if (from) add(from.postings, -1);
    if (to) add(to.postings, 1);
  }
  return moves;
}

/**
 * The accounts with their new balances. A change that takes an account other than a credit
 * card below zero is refused, naming the account; one that leaves it where it was or higher
 * is not (an account already below zero can still be corrected upwards).
 */
async function movedAccounts(
  ctx: EngineContext,
  moves: ReadonlyMap<string, number>,
): Promise<Account[]> {
  const ids = [...moves.keys()].filter((id) => moves.get(id) !== 0);
  const found = await ctx.db.accounts.bulkGet(ids);
  const now = ctx.clock.now();
  return ids.map((id, index) => {
    const account = found[index];
    if (!account) throw new PurseError('NOT_FOUND', 'That account does not exist.', { id });
    const moved = moves.get(id)!;
    const balance = addMinor(account.balance, moved);
    if (account.kind !== 'credit_card' && moved < 0 && balance < 0) {
      throw new PurseError('INSUFFICIENT_FUNDS', `Not enough money in "${account.name}".`, {
        accountId: account.id,
        balance: account.balance,
        needed: -moved,
        currency: account.currency,
      });
    }
    return { ...account, balance, updatedAt: now };
  });
}

/**
 * Puts transactions from one stored state into another: their rows (with their postings), the cached
 * balances of the own accounts they touch, and the aggregates, all in the caller's
 * read-write transaction over `moneyTables` (the blocks and memo tokens follow the rows
 * through the middlewares). Every correction and its undo is one call of this, so a change
 * and its reversal rewrite the derived figures the same way.
 */
export async function replaceTransactions(
  ctx: EngineContext,
  replacements: readonly Replacement[],
): Promise<void> {
  const deltas: AggregateDelta[] = [];
  const goneTransactions: string[] = [];
  const rows: TransactionRow[] = [];
  for (const { from, to } of replacements) {
    if (from) {
      deltas.push(...aggregateDeltas(from.transaction, from.postings, -1));
      if (!to) goneTransactions.push(from.transaction.id);
    }
    if (to) {
      const total = to.postings.reduce((sum, posting) => addMinor(sum, posting.amount), 0);
      if (total !== 0) throw new PurseError('INTERNAL', 'Postings do not balance.');
      deltas.push(...aggregateDeltas(to.transaction, to.postings, 1));
      rows.push(rowOf(to));
    }
  }
  const accounts = await movedAccounts(ctx, balanceMoves(replacements));
  await Promise.all([
    applyAggregateDeltas(ctx.db, deltas),
    ctx.db.transactions.bulkDelete(goneTransactions),
    ctx.db.transactions.bulkPut(rows),
    ctx.db.accounts.bulkPut(accounts),
  ]);
}

/** A stored transaction with its postings, read in the caller's transaction. */
export async function storedDetail(
  ctx: EngineContext,
  id: string,
): Promise<TransactionDetail | undefined> {
  const row = await ctx.db.transactions.get(id);
  return row ? detailOf(row) : undefined;
}

/** Many stored transactions with their postings, in the order of `ids` (absent: not stored). */
export async function storedDetails(
  ctx: EngineContext,
  ids: readonly string[],
): Promise<(TransactionDetail | undefined)[]> {
  const rows = await ctx.db.transactions.bulkGet([...ids]);
  return rows.map((row) => (row ? detailOf(row) : undefined));
}
