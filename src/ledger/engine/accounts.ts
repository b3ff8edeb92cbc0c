import type { ParsedInput } from '../../shared/contract';
import type { Account } from '../../shared/domain';
import { newId } from '../../shared/ids';
import { writeLogged } from './audit';
import { moneyTables, type EngineContext } from './context';
import { OPENING_EQUITY } from './ledger-accounts';
import { postTransaction } from './post-transaction';
import { requireAccount } from './require';
import { inUse } from './listing';

export async function listAccounts(
  ctx: EngineContext,
  input: ParsedInput<'accounts.list'>,
): Promise<Account[]> {
  const accounts = await ctx.db.accounts.toArray();
  return inUse(accounts, input?.includeArchived, (account) => account.createdAt);
}

/** Creates an account; a non-zero opening balance is posted against opening equity. */
export async function createAccount(
  ctx: EngineContext,
  input: ParsedInput<'accounts.create'>,
): Promise<Account> {
  return ctx.db.transaction('rw', moneyTables(ctx.db), async () => {
    const now = ctx.clock.now();
    const account: Account = {
      id: newId(),
      kind: input.kind,
      name: input.name,
      currency: input.currency,
      openingBalance: input.openingBalance,
      balance: 0,
      archived: false,
      ...(input.institution ? { institution: input.institution } : {}),
      createdAt: now,
      updatedAt: now,
    };
    await writeLogged(ctx, ctx.db.accounts, 'add', account, 'account.create');
    if (input.openingBalance === 0) return account;
    await postTransaction(
      ctx,
      {
        kind: 'opening',
        occurredAt: now,
        timeZone: input.timeZone ?? ctx.timeZone,
        amount: Math.abs(input.openingBalance),
        currency: input.currency,
        accountId: account.id,
        postings: [
          { ledgerAccount: account.id, amount: input.openingBalance },
          { ledgerAccount: OPENING_EQUITY, amount: -input.openingBalance },
        ],
      },
      new Map([[account.id, account]]),
    );
    return requireAccount(ctx, account.id);
  });
}

export async function updateAccount(
  ctx: EngineContext,
  input: ParsedInput<'accounts.update'>,
): Promise<Account> {
  return ctx.db.transaction('rw', [ctx.db.accounts, ctx.db.auditLog], async () => {
    const account = await requireAccount(ctx, input.id);
    const updated: Account = {
      ...account,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.institution !== undefined ? { institution: input.institution } : {}),
      updatedAt: ctx.clock.now(),
    };
    return writeLogged(ctx, ctx.db.accounts, 'put', updated, 'account.update');
  });
}

/** Archiving hides an account and refuses new postings; its history and balance stay. */
export async function setAccountArchived(
  ctx: EngineContext,
  id: string,
  archived: boolean,
): Promise<Account> {
  return ctx.db.transaction('rw', [ctx.db.accounts, ctx.db.auditLog], async () => {
    const account = await requireAccount(ctx, id);
    const updated: Account = { ...account, archived, updatedAt: ctx.clock.now() };
    const kind = archived ? 'account.archive' : 'account.unarchive';
    return writeLogged(ctx, ctx.db.accounts, 'put', updated, kind);
  });
}
