import {
  isFullyEditable,
  type EditedTransaction,
  type TransactionsUpdateInput,
} from '../../../shared/corrections';
import type { Account, Posting, Transaction, TransactionDetail } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { audit } from '../audit';
import type { EngineContext } from '../context';
import { categoryLedgerAccount, recordedPostings, type Recorded } from '../ledger-accounts';
import { buildTransaction, type PostingDraft } from '../post-transaction';
import {
  assertTransferEnds,
  openAccountOf,
  requireAccount,
  requireCategory,
  requireCounterparty,
} from '../require';
import { nextRevision, recordOperation } from './operations';
import { rememberTags } from './tags';
import { replaceTransactions, storedDetail } from './replace-transactions';
import { checkSplits } from '../split-lines';
import { assertMayChangeReconciled } from '../reconcile/reconciled-lock';
import { tagsOf } from '../../../shared/splits';
import type { UndoStack } from './undo-stack';
import { runCorrection } from './undo';
import { noteRecategorised } from '../rules/propose-rule';

/** Fields only a fully editable transaction (income, expense, transfer) may change. */
const MONEY_FIELDS = ['amount', 'occurredAt', 'timeZone', 'accountId', 'toAccountId'] as const;

/** The stored transaction, if it is still at the revision the caller saw. */
export async function currentDetail(
  ctx: EngineContext,
  id: string,
  revision: number | undefined,
): Promise<TransactionDetail> {
  const detail = await storedDetail(ctx, id);
  if (!detail) throw new PurseError('NOT_FOUND', 'That transaction does not exist.', { id });
  if (revision !== undefined && revision !== (detail.transaction.revision ?? 0)) {
    throw new PurseError(
      'STALE_REVISION',
      'This transaction was changed since you opened it. Look at it again, then correct it.',
      { id, revision: detail.transaction.revision ?? 0 },
    );
  }
  return detail;
}

/** Refuses changes a transaction of its kind cannot take, naming the first such field. */
function checkFieldsAllowed(txn: Transaction, input: TransactionsUpdateInput): void {
  const field = isFullyEditable(txn)
    ? undefined
    : [...MONEY_FIELDS, 'counterpartyId' as const].find((name) => input[name] !== undefined);
  if (field) {
    throw new PurseError(
      'VALIDATION',
      'Money confirmed with the PIN keeps its amount, date and accounts: refund or reverse it instead.',
      { field, kind: txn.kind },
    );
  }
  if (input.toAccountId !== undefined && txn.kind !== 'transfer') {
    throw new PurseError('VALIDATION', 'Only a transfer has a destination account.', {
      field: 'toAccountId',
    });
  }
  if (
    input.categoryId !== undefined &&
    input.categoryId !== txn.categoryId &&
    !txn.categoryId &&
    !txn.splits
  ) {
    throw new PurseError('VALIDATION', 'This kind of transaction has no category.', {
      field: 'categoryId',
      kind: txn.kind,
    });
  }
}

/** An account the edit names: any stored one it already had, an open one if it is new. */
async function accountFor(ctx: EngineContext, id: string, had: string | undefined) {
  if (id === had) return requireAccount(ctx, id);
  return openAccountOf(await ctx.db.accounts.get(id), id);
}

/** Checks the accounts of the edited transaction: open if new, in its currency, two ends. */
async function checkAccounts(ctx: EngineContext, txn: Transaction, next: Transaction) {
  const account: Account = await accountFor(ctx, next.accountId, txn.accountId);
  if (account.currency !== txn.currency) {
    throw new PurseError('CURRENCY_MISMATCH', 'Choose an account in the same currency.', {
      field: 'accountId',
      from: txn.currency,
      to: account.currency,
    });
  }
  if (next.kind === 'transfer') {
    const toId = next.toAccountId!;
    const to = toId === account.id ? account : await accountFor(ctx, toId, txn.toAccountId);
    assertTransferEnds(account, to);
  }
}

/** The edited transaction's fields, before its postings are built. */
function mergedFields(txn: Transaction, input: TransactionsUpdateInput): Transaction {
  const merged: Record<string, unknown> = { ...txn };
  for (const field of [...MONEY_FIELDS, 'categoryId'] as const)
    if (input[field] !== undefined) merged[field] = input[field];
  if (input.counterpartyId !== undefined)
    merged['counterpartyId'] = input.counterpartyId ?? undefined;
  if (input.memo !== undefined) merged['memo'] = input.memo === '' ? undefined : input.memo;
  if (input.tags !== undefined) merged['tags'] = input.tags.length ? input.tags : undefined;
  if (input.splits) {
    merged['splits'] = input.splits;
    merged['categoryId'] = undefined;
  } else if (input.splits === null || input.categoryId !== undefined) {
    // One category for the whole amount again.
    merged['splits'] = undefined;
  }
  const moved = MONEY_FIELDS.some((field) => input[field] !== undefined);
  // Once its money moved, the balance a statement row showed after it no longer holds, and
  // no statement shows it as it now is: it is uncleared (and unlocked) everywhere.
  if (moved) for (const key of ['balanceAfter', 'cleared', 'reconciled']) delete merged[key];
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged as unknown as Transaction;
}

/** The transaction and postings the edit leaves, checked against the ledger. */
export async function editedDetail(
  ctx: EngineContext,
  current: TransactionDetail,
  input: TransactionsUpdateInput,
): Promise<TransactionDetail> {
  const txn = current.transaction;
  checkFieldsAllowed(txn, input);
  const next = mergedFields(txn, input);
  if (next.splits) await checkSplits(ctx, next, next.splits);
  else if (!next.categoryId && (txn.categoryId || txn.splits))
    throw new PurseError('VALIDATION', 'Choose the category for the whole amount.', {
      field: 'categoryId',
    });
  if (next.categoryId && next.categoryId !== txn.categoryId) {
    const kind = txn.categoryId
      ? (await requireCategory(ctx, txn.categoryId)).kind
      : (txn.kind as 'income' | 'expense');
    const category = await requireCategory(ctx, next.categoryId, kind);
    if (category.archived)
      throw new PurseError('VALIDATION', 'That category is archived.', {
        field: 'categoryId',
        id: category.id,
      });
  }
  if (next.counterpartyId && next.counterpartyId !== txn.counterpartyId)
    await requireCounterparty(ctx, next.counterpartyId);

  let postings: readonly PostingDraft[];
  if (isFullyEditable(txn)) {
    await checkAccounts(ctx, txn, next);
    postings = recordedPostings({ ...next, kind: next.kind as Recorded['kind'] });
  } else {
    const from = txn.categoryId ? categoryLedgerAccount(txn.categoryId) : undefined;
    const to = next.categoryId ? categoryLedgerAccount(next.categoryId) : undefined;
    postings = current.postings.map((posting: Posting) =>
      posting.ledgerAccount === from && to ? { ...posting, ledgerAccount: to } : posting,
    );
  }
  const built = buildTransaction({ ...next, postings }, txn.id, txn.createdAt);
  return {
    transaction: {
      ...built.transaction,
      revision: await nextRevision(ctx, txn.id),
      editedAt: ctx.clock.now(),
    },
    postings: built.postings,
  };
}

/**
 * Corrects a recorded transaction: any field of income, an expense or a transfer; the
 * category and memo of money a PIN confirmed. Balances, aggregates and blocks are rewritten
 * in the same transaction, the old values kept in an operation, and the edit can be undone.
 */
export async function updateTransaction(
  ctx: EngineContext,
  stack: UndoStack,
  input: TransactionsUpdateInput,
): Promise<EditedTransaction> {
  const { value, outcome } = await runCorrection(ctx, stack, async () => {
    const current = await currentDetail(ctx, input.id, input.revision);
    assertMayChangeReconciled(current.transaction, input.confirmReconciled);
    const edited = await editedDetail(ctx, current, input);
    await replaceTransactions(ctx, [{ from: current, to: edited }]);
    const row = await recordOperation(ctx, 'edit', [{ before: current, after: edited }]);
    const tags = input.tags !== undefined || input.splits ? tagsOf(edited.transaction) : [];
    if (tags.length) await rememberTags(ctx, tags);
    await audit(ctx, 'transaction.edit', input.id, {
      category: input.categoryId !== undefined || input.splits !== undefined,
      memo: input.memo !== undefined,
      money: MONEY_FIELDS.some((field) => input[field] !== undefined),
    });
    const proposeRule = await noteRecategorised(ctx, current.transaction, edited.transaction);
    return { value: { ...edited, ...(proposeRule ? { proposeRule } : {}) }, operationId: row.id };
  });
  return { ...value, ...outcome! };
}
