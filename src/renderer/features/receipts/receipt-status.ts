import type { Receipt } from '../../../shared/payments';

export type ReceiptStatusKey =
  'paid' | 'partlyRefunded' | 'refunded' | 'sent' | 'moved' | 'received' | 'recorded' | 'voided';

/** Where a receipt stands: paid, partly or fully refunded, sent, moved. */
export function receiptStatus(receipt: Receipt): { key: ReceiptStatusKey; color: string } {
  const txn = receipt.transaction;
  if (txn.voidedBy) return { key: 'voided', color: 'default' };
  switch (txn.kind) {
    case 'payment':
      if (receipt.refunded >= txn.amount) return { key: 'refunded', color: 'default' };
      if (receipt.refunded > 0) return { key: 'partlyRefunded', color: 'orange' };
      return { key: 'paid', color: 'green' };
    case 'p2p':
      return { key: 'sent', color: 'green' };
    case 'transfer':
    case 'topup':
    case 'withdrawal':
      return { key: 'moved', color: 'blue' };
    case 'refund':
    case 'income':
      return { key: 'received', color: 'green' };
    default:
      return { key: 'recorded', color: 'default' };
  }
}
