import type { Account, Category, CategoryKind, Counterparty } from '../../shared/domain';
import { PurseError } from '../../shared/errors';
import type { EngineContext } from './context';
import { addMinor } from '../../shared/money';

export async function requireAccount(ctx: EngineContext, id: string): Promise<Account> {
  const account = await ctx.db.accounts.get(id);
  if (!account) throw new PurseError('NOT_FOUND', 'That account does not exist.', { id });
  return account;
}

/** An account that may take new postings: it exists and is not archived. */
export async function requireOpenAccount(ctx: EngineContext, id: string): Promise<Account> {
  return openAccountOf(await ctx.db.accounts.get(id), id);
}

/** `requireOpenAccount` over a row already read. */
export function openAccountOf(account: Account | undefined, id: string): Account {
  if (!account) throw new PurseError('NOT_FOUND', 'That account does not exist.', { id });
  if (account.archived) {
    throw new PurseError('ACCOUNT_ARCHIVED', `The account "${account.name}" is archived.`, {
      id,
      name: account.name,
    });
  }
  return account;
}

export async function requireCategory(
  ctx: EngineContext,
  id: string,
  kind?: CategoryKind,
): Promise<Category> {
  const category = await ctx.db.categories.get(id);
  if (!category) throw new PurseError('NOT_FOUND', 'That category does not exist.', { id });
  if (kind && category.kind !== kind) {
    throw new PurseError('VALIDATION', `Choose an ${kind} category.`, { id, kind });
  }
  return category;
}

export async function requireCounterparty(ctx: EngineContext, id: string): Promise<Counterparty> {
  const counterparty = await ctx.db.counterparties.get(id);
  if (!counterparty) throw new PurseError('NOT_FOUND', 'That payee does not exist.', { id });
  return counterparty;
}

/** Accounts that may not go below zero: everything but credit cards. */
export function assertCanSpend(account: Account, amount: number): void {
  if (account.kind === 'credit_card') return;
  if (addMinor(account.balance, -amount) < 0) {
    throw new PurseError('INSUFFICIENT_FUNDS', `Not enough money in "${account.name}".`, {
      accountId: account.id,
      balance: account.balance,
      needed: amount,
      currency: account.currency,
    });
  }
}

/** The two ends of a move between own accounts: two accounts, in one currency. */
export function assertTransferEnds(from: Account, to: Account): void {
  if (to.id === from.id)
    throw new PurseError('SAME_ACCOUNT', 'Choose two different accounts for a transfer.', {
      field: 'toAccountId',
    });
  if (to.currency !== from.currency) {
    throw new PurseError(
      'CURRENCY_MISMATCH',
      'Both accounts of a transfer must hold the same currency.',
      { field: 'toAccountId', from: from.currency, to: to.currency },
    );
  }
}

/** Checks both ends of money sent to a contact or another own account. */
export async function checkOwnTransfer(
  ctx: EngineContext,
  from: Account,
  toId: string,
  amount: number,
) {
  const to = toId === from.id ? from : await requireOpenAccount(ctx, toId);
  assertTransferEnds(from, to);
  assertCanSpend(from, amount);
  return to;
}
