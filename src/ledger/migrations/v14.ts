import { stores as v13Stores } from './v13';

/**
 * v14: the operation log (`operations`): each correction of the ledger (an edit, a delete,
 * an import, an undo or redo) as a record beside the transactions it changed, holding them
 * as they were before. Indexed by when it happened and by the transactions whose history it
 * is part of. Nothing to upgrade: a ledger starts with no operations.
 */
export const stores = {
  ...v13Stores,
  operations: 'id, at, *txnIds',
};
