import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';
import { PageError, PageLoading } from '../../components/page-state';
import { MoneyDone } from '../money/money-done';

export interface PaySuccessProps {
  /** The payment just made (`#/pay?paid=<id>`, so a reload keeps the page). */
  readonly transactionId: string;
  readonly onDone: () => void;
}

/** Paid: the receipt number, time, merchant, amount, discount and the balance left. */
export function PaySuccess({ transactionId, onDone }: PaySuccessProps) {
  const { t } = useTranslation();
  const receipt = usePurseQuery('receipts.get', { id: transactionId });
  if (receipt.error)
    return <PageError error={receipt.error} onRetry={() => void receipt.refetch()} />;
  if (!receipt.data) return <PageLoading rows={6} />;
  const { transaction: txn, counterpartyName, promotionName, accountName } = receipt.data;
  const discount = txn.discount ?? 0;
  return (
    <MoneyDone
      title={t('pay.done.title')}
      subtitle={counterpartyName ?? ''}
      amount={txn.amount}
      currency={txn.currency}
      transactionId={txn.id}
      receiptLabel={t('pay.done.viewReceipt')}
      onDone={onDone}
      rows={[
        txn.grossAmount !== undefined && discount > 0
          ? {
              key: 'gross',
              label: t('pay.sheet.orderAmount'),
              value: <Money minor={txn.grossAmount} currency={txn.currency} />,
            }
          : null,
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
        txn.balanceAfter !== undefined
          ? {
              key: 'after',
              label: t('pay.sheet.balanceAfter'),
              value: <Money minor={txn.balanceAfter} currency={txn.currency} />,
            }
          : null,
        { key: 'time', label: t('receipt.time'), value: <DateTime value={txn.occurredAt} /> },
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
      ]}
    />
  );
}
