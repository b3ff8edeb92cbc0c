import {
  balanceAfterRow,
  timeRow,
  type DoneContext,
  type MoneyDoneView,
} from '../money/money-done';

/** Sent (`#/transfer?sent=<id>`): to whom, how much, from where, and what is left there. */
export function transferDoneView({ receipt, accountName, t }: DoneContext): MoneyDoneView {
  const { transaction: txn, counterpartyName } = receipt;
  const toName = counterpartyName ?? accountName(txn.toAccountId);
  return {
    title: txn.kind === 'p2p' ? t('transfer.done.sent') : t('transfer.done.moved'),
    subtitle: t('transfer.done.to', { name: toName }),
    receiptLabel: t('transfer.done.details'),
    rows: [
      { key: 'to', label: t('transfer.sheet.to'), value: toName },
      { key: 'from', label: t('transfer.sheet.from'), value: receipt.accountName },
      balanceAfterRow(txn, t('transfer.done.balanceAfter', { account: receipt.accountName })),
      timeRow(txn, t('receipt.time')),
      txn.memo ? { key: 'memo', label: t('transfer.memo'), value: txn.memo } : null,
    ],
  };
}
