import { stores as v14Stores } from './v14';

/**
 * v15: receipt attachments (`attachments`): a photo or PDF kept beside a transaction,
 * sealed like every row (only its id and the transaction's id are in clear). Indexed by the
 * transaction it belongs to. Nothing to upgrade: a ledger starts with no attachments.
 */
export const stores = {
  ...v14Stores,
  attachments: 'id, txnId',
};
