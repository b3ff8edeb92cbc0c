import { stores as v16Stores } from './v16';

/**
 * v17: the postings table, emptied into the transaction rows by v16, is deleted; rules
 * (`rules`: conditions on a transaction and what they set) and savings goals (`goals`),
 * sealed like every row. Nothing to upgrade: a ledger starts with neither.
 */
export const stores = { ...v16Stores, postings: null, rules: 'id', goals: 'id' };
