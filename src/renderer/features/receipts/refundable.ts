import type { Receipt } from '../../../shared/payments';

/** What is left to refund of a receipt's payment: its amount less what was refunded already. */
export function refundableOf(receipt: Receipt): number {
  return receipt.transaction.amount - receipt.refunded;
}
