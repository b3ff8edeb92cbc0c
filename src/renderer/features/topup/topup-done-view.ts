import {
  balanceAfterRow,
  timeRow,
  type DoneContext,
  type MoneyDoneView,
} from '../money/money-done';

/** Topped up or withdrawn (`#/topup?done=<id>`): from where, to where, the wallet after. */
export function topupDoneView({ receipt, accountName, t }: DoneContext): MoneyDoneView {
  const txn = receipt.transaction;
  const topup = txn.kind === 'topup';
  const walletId = topup ? txn.toAccountId : txn.accountId;
  return {
    title: topup ? t('topup.done.topup') : t('topup.done.withdraw'),
    subtitle: t('topup.done.route', {
      from: accountName(txn.accountId),
      to: accountName(txn.toAccountId),
    }),
    receiptLabel: t('transfer.done.details'),
    rows: [
      { key: 'from', label: t('topup.sheet.from'), value: accountName(txn.accountId) },
      { key: 'to', label: t('topup.sheet.to'), value: accountName(txn.toAccountId) },
      balanceAfterRow(txn, t('topup.sheet.walletAfter', { wallet: accountName(walletId) }), true),
      timeRow(txn, t('receipt.time')),
    ],
  };
}
