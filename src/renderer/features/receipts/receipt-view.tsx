import { WalletFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account, Category } from '../../../shared/domain';
import type { Receipt } from '../../../shared/payments';
import { useCategoryName } from '../../components/category-name';
import { DateTime } from '../../components/date-time';
import { DetailList, type DetailItem } from '../../components/detail-list';
import { Money } from '../../components/money';
import { hrefOf } from '../../shell/routes';

export type ReceiptStatusKey =
  'paid' | 'partlyRefunded' | 'refunded' | 'sent' | 'moved' | 'received' | 'recorded';

/** Where a receipt stands: paid, partly or fully refunded, sent, moved. */
export function receiptStatus(receipt: Receipt): { key: ReceiptStatusKey; color: string } {
  const txn = receipt.transaction;
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

export interface ReceiptViewProps {
  readonly receipt: Receipt;
  /** Every account, archived ones too: for the other end of a transfer. */
  readonly accounts: readonly Account[];
  readonly categories: readonly Category[];
}

/**
 * The receipt itself, the only thing printed (see the print stylesheet): who, how much,
 * the coupon and discount, what was refunded, the account, time and receipt number.
 */
export function ReceiptView({ receipt, accounts, categories }: ReceiptViewProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const txn = receipt.transaction;
  const { currency } = txn;
  const accountName = (id: string | undefined) =>
    accounts.find((account) => account.id === id)?.name ?? t('transactions.unknownAccount');
  const category = categories.find((candidate) => candidate.id === txn.categoryId);
  const money = (minor: number, strong = false) => (
    <Money minor={minor} currency={currency} strong={strong} />
  );
  const discount = txn.discount ?? 0;
  const status = receiptStatus(receipt);
  const outgoing = ['payment', 'p2p', 'expense'].includes(txn.kind);
  const who =
    receipt.counterpartyName ??
    (txn.toAccountId
      ? t('transactions.transferRoute', {
          from: accountName(txn.accountId),
          to: accountName(txn.toAccountId),
        })
      : t(`transactions.kinds.${txn.kind}`));

  const rows: (DetailItem | null)[] = [];
  const add = (item: DetailItem | null | false) => {
    if (item) rows.push(item);
  };

  switch (txn.kind) {
    case 'payment':
      add({ key: 'merchant', label: t('receipt.merchant'), value: receipt.counterpartyName ?? '' });
      add(
        discount > 0 && txn.grossAmount !== undefined
          ? { key: 'gross', label: t('pay.sheet.orderAmount'), value: money(txn.grossAmount) }
          : null,
      );
      add(
        receipt.promotionName
          ? { key: 'coupon', label: t('pay.sheet.coupon'), value: receipt.promotionName }
          : null,
      );
      add(
        discount > 0
          ? {
              key: 'discount',
              label: t('pay.sheet.discount'),
              value: <Money minor={-discount} currency={currency} tone="positive" />,
            }
          : null,
      );
      add({ key: 'paid', label: t('receipt.paid'), value: money(txn.amount, true), strong: true });
      add({
        key: 'refunded',
        label: t('receipt.refundedSoFar'),
        value:
          receipt.refunded > 0 ? (
            <Money minor={receipt.refunded} currency={currency} tone="positive" />
          ) : (
            <Money minor={0} currency={currency} tone="muted" />
          ),
      });
      add({ key: 'account', label: t('pay.sheet.payFrom'), value: receipt.accountName });
      break;
    case 'p2p':
      add({ key: 'to', label: t('transfer.sheet.to'), value: receipt.counterpartyName ?? '' });
      add({
        key: 'amount',
        label: t('transactions.amount'),
        value: money(txn.amount, true),
        strong: true,
      });
      add({ key: 'from', label: t('transfer.sheet.from'), value: receipt.accountName });
      break;
    case 'refund':
      add({ key: 'merchant', label: t('receipt.merchant'), value: receipt.counterpartyName ?? '' });
      add({
        key: 'amount',
        label: t('receipt.refundAmount'),
        value: money(txn.amount, true),
        strong: true,
      });
      add({ key: 'into', label: t('receipt.refund.into'), value: receipt.accountName });
      add(
        txn.refundOf
          ? {
              key: 'of',
              label: t('receipt.refundOf'),
              value: (
                <a href={hrefOf('receipt', { id: txn.refundOf })} className="purse-no-print-link">
                  {t('receipt.viewPayment')}
                </a>
              ),
            }
          : null,
      );
      break;
    default:
      add({ key: 'from', label: t('transfer.sheet.from'), value: accountName(txn.accountId) });
      add(
        txn.toAccountId
          ? { key: 'to', label: t('transfer.sheet.to'), value: accountName(txn.toAccountId) }
          : null,
      );
      add({
        key: 'amount',
        label: t('transactions.amount'),
        value: money(txn.amount, true),
        strong: true,
      });
  }
  add(
    txn.balanceAfter !== undefined
      ? {
          key: 'after',
          label: t('receipt.balanceAfter', {
            account: accountName(txn.kind === 'topup' ? txn.toAccountId : txn.accountId),
          }),
          value: money(txn.balanceAfter),
        }
      : null,
  );
  add(
    category
      ? { key: 'category', label: t('record.category'), value: categoryName(category) }
      : null,
  );
  add({ key: 'time', label: t('receipt.time'), value: <DateTime value={txn.occurredAt} /> });
  add(
    txn.receiptNo
      ? {
          key: 'receiptNo',
          label: t('receipt.number'),
          value: <span className="purse-mono">{txn.receiptNo}</span>,
        }
      : null,
  );
  add(
    txn.orderRef
      ? {
          key: 'orderRef',
          label: t('receipt.orderRef'),
          value: <span className="purse-mono">{txn.orderRef}</span>,
        }
      : null,
  );
  add(txn.memo ? { key: 'memo', label: t('record.memo'), value: txn.memo } : null);

  return (
    <article className="purse-receipt" aria-labelledby="purse-receipt-who">
      <header className="purse-receipt__head">
        <div className="purse-receipt__brand">
          <WalletFilled aria-hidden />
          <span>{t('app.name')}</span>
        </div>
        <h2 id="purse-receipt-who" className="purse-receipt__who">
          {who}
        </h2>
        <div className="purse-receipt__amount">
          <Money
            minor={outgoing ? -txn.amount : txn.amount}
            currency={currency}
            signDisplay={txn.kind === 'refund' ? 'always' : 'auto'}
            strong
          />
        </div>
        <Tag color={status.color} className="purse-receipt-status">
          {t(`receipt.status.${status.key}`)}
        </Tag>
      </header>
      <DetailList items={rows} className="purse-receipt__rows" />
      <footer className="purse-receipt__foot">{t('receipt.footer')}</footer>
    </article>
  );
}
