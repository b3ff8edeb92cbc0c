import { stores as v2Stores } from './v2';

/** v3: payments — idempotency keys, receipts, refunds; promotions and risk alerts. */
export const stores = {
  ...v2Stores,
  transactions:
    'id, [occurredAt+id], month, kind, accountId, counterpartyId, &requestId, receiptNo, refundOf',
  promotions: 'id, merchantId',
  riskAlerts: 'id, at, counterpartyId',
};
