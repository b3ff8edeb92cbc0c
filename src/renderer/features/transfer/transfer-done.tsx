import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';
import { PageError, PageLoading } from '../../components/page-state';
import { MoneyDone } from '../money/money-done';

export interface TransferDoneProps {
  /** The transfer just made (`#/transfer?sent=<id>`, so a reload keeps the page). */
  readonly transactionId: string;
  readonly onDone: () => void;
}

/** Sent: to whom, how much, from where, and what is left there. */
export function TransferDone({ transactionId, onDone }: TransferDoneProps) {
  const { t } = useTranslation();
  const receipt = usePurseQuery('receipts.get', { id: transactionId });
  const accounts = usePurseQuery('accounts.list', { includeArchived: true });
  const failed = receipt.error ?? accounts.error;
  if (failed) {
    return (
      <PageError
        error={failed}
        onRetry={() => {
          void receipt.refetch();
          void accounts.refetch();
        }}
      />
    );
  }
  if (!receipt.data || !accounts.data) return <PageLoading rows={5} />;
  const { transaction: txn, counterpartyName, accountName } = receipt.data;
  const toName =
    counterpartyName ??
    accounts.data.find((account) => account.id === txn.toAccountId)?.name ??
    t('transactions.unknownAccount');
  return (
    <MoneyDone
      title={txn.kind === 'p2p' ? t('transfer.done.sent') : t('transfer.done.moved')}
      subtitle={t('transfer.done.to', { name: toName })}
      amount={txn.amount}
      currency={txn.currency}
      transactionId={txn.id}
      receiptLabel={t('transfer.done.details')}
      onDone={onDone}
      rows={[
        { key: 'to', label: t('transfer.sheet.to'), value: toName },
        { key: 'from', label: t('transfer.sheet.from'), value: accountName },
        txn.balanceAfter !== undefined
          ? {
              key: 'after',
              label: t('transfer.done.balanceAfter', { account: accountName }),
              value: <Money minor={txn.balanceAfter} currency={txn.currency} />,
            }
          : null,
        { key: 'time', label: t('receipt.time'), value: <DateTime value={txn.occurredAt} /> },
        txn.memo ? { key: 'memo', label: t('transfer.memo'), value: txn.memo } : null,
      ]}
    />
  );
}
