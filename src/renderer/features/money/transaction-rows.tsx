import type { TFunction } from 'i18next';
import type { Transaction } from '../../../shared/domain';
import type { DetailItem } from '../../components/detail-list';
import { Money } from '../../components/money';

/** The order's amount before the coupon, when a discount made the payment smaller. */
export function orderAmountRow(txn: Transaction, t: TFunction): DetailItem | null {
  const discount = txn.discount ?? 0;
  if (!(discount > 0 && txn.grossAmount !== undefined)) return null;
  return {
    key: 'gross',
    label: t('pay.sheet.orderAmount'),
    value: <Money minor={txn.grossAmount} currency={txn.currency} />,
  };
}

/** The wallet's receipt number and the merchant's order reference, when there are any. */
export function referenceRows(txn: Transaction, t: TFunction): (DetailItem | null)[] {
  return [
    txn.receiptNo
      ? {
          key: 'receiptNo',
          label: t('receipt.number'),
          value: <span className="purse-mono">{txn.receiptNo}</span>,
        }
      : null,
    txn.orderRef
      ? {
          key: 'orderRef',
          label: t('receipt.orderRef'),
          value: <span className="purse-mono">{txn.orderRef}</span>,
        }
      : null,
  ];
}
