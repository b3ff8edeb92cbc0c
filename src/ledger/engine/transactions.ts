import type { ParsedInput } from '../../shared/contract';
import type { Account, Transaction, TransactionDetail } from '../../shared/domain';
import { PurseError } from '../../shared/errors';
import { moneyTables, type EngineContext } from './context';
import { recordedPostings } from './ledger-accounts';
import { postTransaction, type TransactionDraft } from './post-transaction';
import {
  assertCanSpend,
  checkOwnTransfer,
  requireCategory,
  requireCounterparty,
  requireOpenAccount,
} from './require';
import { newest } from './listing';
import { currentDetail } from './corrections/edit-transaction';
import { rememberTags } from './corrections/tags';
import { checkSplits } from './split-lines';
import { tagsOf } from '../../shared/splits';
import { transactionOf, type TransactionRow } from '../transaction-rows';
import { rulesOnTyped } from './rules/manual-rules';

type RecordInput = ParsedInput<'transactions.record'>;

/** Checks a request against the ledger and turns it into balanced postings. */
async function draftFor(
  ctx: EngineContext,
  input: RecordInput,
  source?: 'recurring',
): Promise<{ draft: TransactionDraft; accounts: Map<string, Account> }> {
  const account = await requireOpenAccount(ctx, input.accountId);
  const common = {
    kind: input.kind,
    ...(source ? { source } : {}),
    occurredAt: input.occurredAt,
    timeZone: input.timeZone,
    amount: input.amount,
    currency: account.currency,
    accountId: account.id,
    ...(input.memo ? { memo: input.memo } : {}),
    ...(input.tags?.length ? { tags: input.tags } : {}),
  };

  if (input.kind === 'transfer') {
    const to = await checkOwnTransfer(ctx, account, input.toAccountId, input.amount);
    return {
      draft: {
        ...common,
        toAccountId: to.id,
        postings: recordedPostings({ ...input, accountId: account.id, toAccountId: to.id }),
      },
      accounts: new Map([
        [account.id, account],
        [to.id, to],
      ]),
    };
  }

  const categoryId = input.splits
    ? undefined
    : await openCategory(ctx, input.categoryId!, input.kind);
  if (input.splits) await checkSplits(ctx, input, input.splits);
  if (input.counterpartyId) await requireCounterparty(ctx, input.counterpartyId);
  if (input.kind === 'expense') assertCanSpend(account, input.amount);
  const ruled = await rulesOnTyped(ctx, {
    ...input,
    accountId: account.id,
    // A schedule's post has no counterparty: its name, kept as the memo, is its payee.
    ...(source ? { source, ...(input.memo ? { payee: input.memo } : {}) } : {}),
  });
  return {
    draft: {
      ...common,
      ...ruled,
      ...(categoryId ? { categoryId } : { splits: input.splits! }),
      ...(input.counterpartyId ? { counterpartyId: input.counterpartyId } : {}),
      postings: recordedPostings({ ...input, accountId: account.id }),
    },
    accounts: new Map([[account.id, account]]),
  };
}

/** An open category of `kind`, by id. */
async function openCategory(ctx: EngineContext, id: string, kind: 'income' | 'expense') {
  const category = await requireCategory(ctx, id, kind);
  if (category.archived) {
    throw new PurseError('VALIDATION', 'That category is archived.', { id: category.id });
  }
  return category.id;
}

/**
 * Records income, an expense or a transfer: checks and writes in one transaction. A
 * schedule's post says so (`source: 'recurring'`), and rules run on it as on recurring posts.
 */
export async function recordTransaction(
  ctx: EngineContext,
  input: RecordInput,
  source?: 'recurring',
): Promise<TransactionDetail> {
  return ctx.db.transaction('rw', moneyTables(ctx.db), async () => {
    const { draft, accounts } = await draftFor(ctx, input, source);
    const tags = tagsOf(draft);
    if (tags.length) await rememberTags(ctx, tags);
    return postTransaction(ctx, draft, accounts);
  });
}

export async function recentTransactions(
  ctx: EngineContext,
  input: ParsedInput<'transactions.recent'>,
): Promise<Transaction[]> {
  const rows = await newest<TransactionRow>(
    ctx.db.transactions,
    '[occurredAt+id]',
    input?.limit ?? 20,
  );
  return rows.map(transactionOf);
}

export async function getTransaction(
  ctx: EngineContext,
  input: ParsedInput<'transactions.get'>,
): Promise<TransactionDetail> {
  return ctx.db.transaction('r', [ctx.db.transactions], () =>
    currentDetail(ctx, input.id, undefined),
  );
}
