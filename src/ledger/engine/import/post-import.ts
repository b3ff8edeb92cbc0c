import type { Account } from '../../../shared/domain';
import { addMinor } from '../../../shared/money';
import type { EngineContext } from '../context';
import { postTransaction } from '../post-transaction';
import type { ImportDraft } from './plan-import';

/**
 * Posts an import's transactions one by one, oldest first, inside the caller's read-write
 * transaction. Kept apart so that a bulk posting path can replace this loop without
 * touching planning or dedupe. Returns the account as it stands afterwards.
 */
export async function postImportDrafts(
  ctx: EngineContext,
  drafts: readonly ImportDraft[],
  start: Account,
): Promise<Account> {
  let account = start;
  const ids: string[] = [];
  for (const { draft, refundOfDraft } of drafts) {
    const own = draft.postings.find((posting) => posting.ledgerAccount === account.id)!;
    const balanceAfter = addMinor(account.balance, own.amount);
    const refundOf = refundOfDraft !== undefined ? ids[refundOfDraft] : undefined;
    const detail = await postTransaction(
      ctx,
      { ...draft, balanceAfter, ...(refundOf ? { refundOf } : {}) },
      new Map([[account.id, account]]),
    );
    ids.push(detail.transaction.id);
    account = { ...account, balance: balanceAfter, updatedAt: ctx.clock.now() };
  }
  return account;
}
