import { WalletFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account, Category } from '../../../shared/domain';
import type { Receipt } from '../../../shared/payments';
import { DetailList } from '../../components/detail-list';
import { Money } from '../../components/money';
import { useReceiptRows } from './receipt-rows';
import { receiptStatus } from './receipt-status';

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
  const txn = receipt.transaction;
  const accountName = (id: string | undefined) =>
    accounts.find((account) => account.id === id)?.name ?? t('transactions.unknownAccount');
  const rows = useReceiptRows(receipt, accountName, categories);
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
            currency={txn.currency}
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
