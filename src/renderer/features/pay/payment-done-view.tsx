import { Money } from '../../components/money';
import {
  balanceAfterRow,
  timeRow,
  type DoneContext,
  type MoneyDoneView,
} from '../money/money-done';
import { orderAmountRow, referenceRows } from '../money/transaction-rows';

/** Paid: the receipt number, time, merchant, amount, discount and the balance left. */
export function paymentDoneView({ receipt, t }: DoneContext): MoneyDoneView {
  const { transaction: txn, counterpartyName, promotionName, accountName } = receipt;
  const discount = txn.discount ?? 0;
  return {
    title: t('pay.done.title'),
    subtitle: counterpartyName ?? '',
    receiptLabel: t('pay.done.viewReceipt'),
    rows: [
      orderAmountRow(txn, t),
      discount > 0
        ? {
            key: 'discount',
            label: promotionName
              ? t('pay.done.couponNamed', { name: promotionName })
              : t('pay.sheet.discount'),
            value: <Money minor={-discount} currency={txn.currency} tone="positive" />,
          }
        : null,
      {
        key: 'paid',
        label: t('pay.done.paid'),
        value: <Money minor={txn.amount} currency={txn.currency} strong />,
        strong: true,
      },
      { key: 'account', label: t('pay.sheet.payFrom'), value: accountName },
      balanceAfterRow(txn, t('pay.sheet.balanceAfter')),
      timeRow(txn, t('receipt.time')),
      ...referenceRows(txn, t),
    ],
  };
}
