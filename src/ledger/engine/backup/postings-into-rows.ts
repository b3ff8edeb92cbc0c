import type { OwnSide, Posting } from '../../../shared/domain';
import type { PostingLine } from '../../transaction-rows';
import { ownSidesOf } from '../ledger-accounts';

type BackedUpRow = Readonly<Record<string, unknown>>;

/**
 * A backup made before schema v16 holds the postings in a table of their own: each
 * transaction row gets its postings as `lines` (in posting-id order) and, when it was written
 * before they were kept, its `ownSides`, as this version stores them. A posting whose
 * transaction is not in the file is left out; `ledger.verify` after the restore reports a
 * transaction left without postings.
 */
export function postingsIntoRows(
  transactions: readonly BackedUpRow[],
  postings: readonly BackedUpRow[],
): BackedUpRow[] {
  const byTxn = new Map<unknown, Posting[]>();
  for (const posting of postings as unknown as Posting[]) {
    const list = byTxn.get(posting.txnId);
    if (list) list.push(posting);
    else byTxn.set(posting.txnId, [posting]);
  }
  return transactions.map((row) => {
    const own = (byTxn.get(row['id']) ?? []).sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    const lines: PostingLine[] = own.map((p) => [p.id, p.ledgerAccount, p.amount]);
    const ownSides = (row['ownSides'] as readonly OwnSide[] | undefined) ?? ownSidesOf(own);
    return { ...row, ownSides, lines };
  });
}
