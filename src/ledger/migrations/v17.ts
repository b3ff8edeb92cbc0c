import { stores as v16Stores } from './v16';

/** v17: the postings table, emptied into the transaction rows by v16, is deleted. */
export const stores = { ...v16Stores, postings: null };
