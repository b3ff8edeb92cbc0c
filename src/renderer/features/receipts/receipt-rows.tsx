import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Category, Transaction } from '../../../shared/domain';
import type { Receipt } from '../../../shared/payments';
import { useCategoryName } from '../../components/category-name';
import type { DetailItem } from '../../components/detail-list';
import { Money } from '../../components/money';
import { hrefOf } from '../../shell/routes';
import { balanceAfterRow, timeRow } from '../money/money-done';
import { orderAmountRow, referenceRows } from '../money/transaction-rows';

type Row = DetailItem | null;

interface RowContext {
  readonly receipt: Receipt;
  readonly t: TFunction;
  /** Any account's name, archived ones too. */
  readonly accountName: (id: string | undefined) => string;
}

/** How much moved, the line that stands out. */
function amountRow(txn: Transaction, key: string, label: string): DetailItem {
  return {
    key,
    label,
    value: <Money minor={txn.amount} currency={txn.currency} strong />,
    strong: true,
  };
}

function paymentRows({ receipt, t }: RowContext): Row[] {
  const txn = receipt.transaction;
  const discount = txn.discount ?? 0;
  return [
    { key: 'merchant', label: t('receipt.merchant'), value: receipt.counterpartyName ?? '' },
    orderAmountRow(txn, t),
    receipt.promotionName
      ? { key: 'coupon', label: t('pay.sheet.coupon'), value: receipt.promotionName }
      : null,
    discount > 0
      ? {
          key: 'discount',
          label: t('pay.sheet.discount'),
          value: <Money minor={-discount} currency={txn.currency} tone="positive" />,
        }
      : null,
    amountRow(txn, 'paid', t('receipt.paid')),
    {
      key: 'refunded',
      label: t('receipt.refundedSoFar'),
      value:
        receipt.refunded > 0 ? (
          <Money minor={receipt.refunded} currency={txn.currency} tone="positive" />
        ) : (
          <Money minor={0} currency={txn.currency} tone="muted" />
        ),
    },
    { key: 'account', label: t('pay.sheet.payFrom'), value: receipt.accountName },
  ];
}

function p2pRows({ receipt, t }: RowContext): Row[] {
  return [
    { key: 'to', label: t('transfer.sheet.to'), value: receipt.counterpartyName ?? '' },
    amountRow(receipt.transaction, 'amount', t('transactions.amount')),
    { key: 'from', label: t('transfer.sheet.from'), value: receipt.accountName },
  ];
}

function refundRows({ receipt, t }: RowContext): Row[] {
  const { refundOf } = receipt.transaction;
  return [
    { key: 'merchant', label: t('receipt.merchant'), value: receipt.counterpartyName ?? '' },
    amountRow(receipt.transaction, 'amount', t('receipt.refundAmount')),
    { key: 'into', label: t('receipt.refund.into'), value: receipt.accountName },
    refundOf
      ? {
          key: 'of',
          label: t('receipt.refundOf'),
          value: (
            <a href={hrefOf('receipt', { id: refundOf })} className="purse-no-print-link">
              {t('receipt.viewPayment')}
            </a>
          ),
        }
      : null,
  ];
}

/** Money moved between accounts (or recorded by hand): from, to, how much. */
function movementRows({ receipt, t, accountName }: RowContext): Row[] {
  const txn = receipt.transaction;
  return [
    { key: 'from', label: t('transfer.sheet.from'), value: accountName(txn.accountId) },
    txn.toAccountId
      ? { key: 'to', label: t('transfer.sheet.to'), value: accountName(txn.toAccountId) }
      : null,
    amountRow(txn, 'amount', t('transactions.amount')),
  ];
}

function rowsOfKind(context: RowContext): Row[] {
  switch (context.receipt.transaction.kind) {
    case 'payment':
      return paymentRows(context);
    case 'p2p':
      return p2pRows(context);
    case 'refund':
      return refundRows(context);
    default:
      return movementRows(context);
  }
}

/**
 * The receipt's lines: first what this kind of movement says (who, how much, the coupon, the
 * refund), then what every receipt says (balance after, category, time, numbers, memo).
 */
export function useReceiptRows(
  receipt: Receipt,
  accountName: (id: string | undefined) => string,
  categories: readonly Category[],
): Row[] {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const txn = receipt.transaction;
  const category = categories.find((candidate) => candidate.id === txn.categoryId);
  return [
    ...rowsOfKind({ receipt, t, accountName }),
    balanceAfterRow(
      txn,
      t('receipt.balanceAfter', {
        account: accountName(txn.kind === 'topup' ? txn.toAccountId : txn.accountId),
      }),
    ),
    category
      ? { key: 'category', label: t('record.category'), value: categoryName(category) }
      : null,
    timeRow(txn, t('receipt.time')),
    ...referenceRows(txn, t),
    txn.memo ? { key: 'memo', label: t('record.memo'), value: txn.memo } : null,
  ];
}
