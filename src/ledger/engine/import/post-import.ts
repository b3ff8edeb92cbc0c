import type { Account } from '../../../shared/domain';
import { newId } from '../../../shared/ids';
import { addMinor } from '../../../shared/money';
import { bulkPostTransactions, type BulkDraft } from '../bulk/bulk-post';
import type { EngineContext } from '../context';
import type { ImportDraft } from './import-draft';

/**
 * Posts an import's transactions, oldest first, through the bulk path inside the caller's
 * read-write transaction, and returns their ids: rows sealed and written in slices, balances and monthly aggregates
 * accumulated once. Ids are made up front so a refund can name the payment it belongs to.
 */
export async function postImportDrafts(
  ctx: EngineContext,
  drafts: readonly ImportDraft[],
  account: Account,
): Promise<readonly string[]> {
  const ids = drafts.map(() => newId());
  let balance = account.balance;
  const bulk: BulkDraft[] = drafts.map(({ draft, refundOfDraft }, index) => {
    const own = draft.postings.find((posting) => posting.ledgerAccount === account.id)!;
    balance = addMinor(balance, own.amount);
    const refundOf = refundOfDraft !== undefined ? ids[refundOfDraft] : undefined;
    return { ...draft, id: ids[index]!, balanceAfter: balance, ...(refundOf ? { refundOf } : {}) };
  });
  await bulkPostTransactions(ctx, bulk);
  return ids;
}
