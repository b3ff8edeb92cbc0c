import { stores as v7Stores } from './v7';

/**
 * v8: drops the aggregates' `[scope+scopeId+month]` index. A range of one account's,
 * category's or counterparty's rows is a range of their ids, so that index only cost an
 * entry on every aggregate write (a payment writes about ten, an import thousands).
 */
export const stores = { ...v7Stores, aggregates: 'id, [scope+month]' };
