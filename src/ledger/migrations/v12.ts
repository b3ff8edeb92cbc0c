import { stores as v11Stores } from './v11';

/**
 * v12: a counterparty's transactions by when they happened, in place of the plain
 * `counterpartyId` index (one index entry per row either way): the category of a merchant's
 * last payment is a cursor step from the end of its range, not a read of every payment.
 */
export const stores = {
  ...v11Stores,
  transactions:
    'id, [occurredAt+id], month, kind, accountId, [counterpartyId+occurredAt], &requestId, receiptNo, refundOf, *memoTokens',
};
