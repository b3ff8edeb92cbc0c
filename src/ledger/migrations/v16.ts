import type { Transaction } from 'dexie';
import { stores as v15Stores } from './v15';
import { movePostingsIntoRows, type Row, type StoredPosting } from './v16-postings-in-rows';

/**
 * v16: a transaction's postings inside its own row (`lines`, sealed), found by account
 * through one multi-entry index of `[ledgerAccount, occurredAt]` pairs (`*sides`) instead of
 * a postings table with two indexes; the blind index of memos on the transaction blocks
 * (`*memoTokens`, the tokens of a block's memos) instead of on every transaction; the
 * unused `kind` index dropped. An import writes about 9 IndexedDB entries per transaction
 * instead of 25. The postings table goes in v17, once this upgrade has read it.
 */
export const stores = {
  ...v15Stores,
  transactions:
    'id, [occurredAt+id], month, accountId, [counterpartyId+occurredAt], &requestId, receiptNo, refundOf, *sides',
  transactionBlocks: 'start, *memoTokens',
};

export async function upgrade(tx: Transaction): Promise<void> {
  await movePostingsIntoRows(
    tx.table<Row, string>('transactions'),
    tx.table<StoredPosting, string>('postings'),
    tx.table<unknown, unknown>('transactionBlocks'),
  );
}
