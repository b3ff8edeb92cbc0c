import { stores as v3Stores } from './v3';

/** v4: bills, the occurrences acted on (paid, skipped) and the notices already sent. */
export const stores = {
  ...v3Stores,
  bills: 'id, billerId',
  billOccurrences: 'id, billId, dueDate',
  billNotices: 'id',
};
