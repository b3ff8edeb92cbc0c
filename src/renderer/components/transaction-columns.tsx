import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { Account, Transaction } from '../../shared/domain';
import { DateTime } from './date-time';
import { rightColumn } from './table-columns';
import { TransactionAmount } from './transaction-amount';

export interface TransactionColumnsOptions {
  readonly t: TFunction;
  readonly accountById: ReadonlyMap<string, Account>;
  /** A row's details: its title (a link or a button to open it) and the line under it. */
  readonly details: (txn: Transaction) => { readonly title: ReactNode; readonly more: string };
  /** Columns between the details and the account (History's kind). */
  readonly between?: TableColumnsType<Transaction>;
  readonly widths?: { readonly date: number; readonly account?: number; readonly amount?: number };
}

/**
 * The columns of every list of transactions (History, Home's recent ones): when, what, the
 * account it moved (from → to for a transfer) and its signed amount.
 */
export function transactionColumns({
  t,
  accountById,
  details,
  between = [],
  widths,
}: TransactionColumnsOptions): TableColumnsType<Transaction> {
  const accountName = (id: string | undefined) =>
    (id ? accountById.get(id)?.name : undefined) ?? t('transactions.unknownAccount');
  return [
    {
      key: 'date',
      title: t('transactions.date'),
      width: widths?.date,
      render: (_value, txn: Transaction) => <DateTime value={txn.occurredAt} />,
    },
    {
      key: 'details',
      title: t('transactions.details'),
      render: (_value, txn: Transaction) => {
        const { title, more } = details(txn);
        return (
          <div className="purse-txn-cell">
            {title}
            {more ? <div className="purse-txn-cell__memo">{more}</div> : null}
          </div>
        );
      },
    },
    ...between,
    {
      key: 'account',
      title: t('transactions.account'),
      width: widths?.account,
      render: (_value, txn: Transaction) =>
        txn.toAccountId
          ? t('transactions.transferRoute', {
              from: accountName(txn.accountId),
              to: accountName(txn.toAccountId),
            })
          : accountName(txn.accountId),
    },
    {
      ...rightColumn('amount', t('transactions.amount'), (txn: Transaction) => (
        <TransactionAmount txn={txn} account={accountById.get(txn.accountId)} />
      )),
      width: widths?.amount,
    },
  ];
}
