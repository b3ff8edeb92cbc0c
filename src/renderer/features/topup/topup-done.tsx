import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';
import { PageError, PageLoading } from '../../components/page-state';
import { MoneyDone } from '../money/money-done';

/** Topped up or withdrawn (`#/topup?done=<id>`): from where, to where, the wallet after. */
export function TopupDone({
  transactionId,
  onDone,
}: {
  readonly transactionId: string;
  readonly onDone: () => void;
}) {
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
  const txn = receipt.data.transaction;
  const name = (id: string | undefined) =>
    accounts.data.find((account) => account.id === id)?.name ?? t('transactions.unknownAccount');
  const topup = txn.kind === 'topup';
  const walletId = topup ? txn.toAccountId : txn.accountId;
  return (
    <MoneyDone
      title={topup ? t('topup.done.topup') : t('topup.done.withdraw')}
      subtitle={t('topup.done.route', { from: name(txn.accountId), to: name(txn.toAccountId) })}
      amount={txn.amount}
      currency={txn.currency}
      transactionId={txn.id}
      receiptLabel={t('transfer.done.details')}
      onDone={onDone}
      rows={[
        { key: 'from', label: t('topup.sheet.from'), value: name(txn.accountId) },
        { key: 'to', label: t('topup.sheet.to'), value: name(txn.toAccountId) },
        txn.balanceAfter !== undefined
          ? {
              key: 'after',
              label: t('topup.sheet.walletAfter', { wallet: name(walletId) }),
              value: <Money minor={txn.balanceAfter} currency={txn.currency} strong />,
              strong: true,
            }
          : null,
        { key: 'time', label: t('receipt.time'), value: <DateTime value={txn.occurredAt} /> },
      ]}
    />
  );
}
