import { Card, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, Category, Transaction } from '../../../shared/domain';
import { useCategoryName } from '../../components/category-name';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';
import { PageEmpty } from '../../components/page-state';
import { directionOf } from './transaction-direction';

export interface RecentTransactionsProps {
  readonly transactions: readonly Transaction[];
  readonly accounts: readonly Account[];
  readonly categories: readonly Category[];
  readonly emptyAction?: ReactNode;
}

/** The latest money movements, newest first. */
export function RecentTransactions({
  transactions,
  accounts,
  categories,
  emptyAction,
}: RecentTransactionsProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const accountById = new Map(accounts.map((account) => [account.id, account]));
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const accountName = (id: string | undefined) =>
    (id ? accountById.get(id)?.name : undefined) ?? t('transactions.unknownAccount');

  const title = (txn: Transaction): string => {
    const category = txn.categoryId ? categoryById.get(txn.categoryId) : undefined;
    return category ? categoryName(category) : t(`transactions.kinds.${txn.kind}`);
  };

  const signedAmount = (txn: Transaction): number => {
    const direction = directionOf(txn);
    if (direction === 'out') return -txn.amount;
    if (direction === 'opening') {
      const opening = accountById.get(txn.accountId)?.openingBalance ?? txn.amount;
      return opening < 0 ? -txn.amount : txn.amount;
    }
    return txn.amount;
  };

  const columns: TableColumnsType<Transaction> = [
    {
      key: 'date',
      title: t('transactions.date'),
      width: 190,
      render: (_value, txn) => <DateTime value={txn.occurredAt} />,
    },
    {
      key: 'details',
      title: t('transactions.details'),
      render: (_value, txn) => (
        <div className="purse-txn-cell">
          <div className="purse-txn-cell__title">{title(txn)}</div>
          {txn.memo ? <div className="purse-txn-cell__memo">{txn.memo}</div> : null}
        </div>
      ),
    },
    {
      key: 'account',
      title: t('transactions.account'),
      render: (_value, txn) =>
        txn.toAccountId
          ? t('transactions.transferRoute', {
              from: accountName(txn.accountId),
              to: accountName(txn.toAccountId),
            })
          : accountName(txn.accountId),
    },
    {
      key: 'amount',
      title: t('transactions.amount'),
      align: 'right',
      render: (_value, txn) => {
        const direction = directionOf(txn);
        return (
          <Money
            minor={signedAmount(txn)}
            currency={txn.currency}
            signDisplay={direction === 'move' ? 'auto' : 'exceptZero'}
            tone={direction === 'in' ? 'positive' : direction === 'move' ? 'muted' : 'default'}
          />
        );
      },
    },
  ];

  return (
    <Card className="purse-card" title={<h2 className="purse-card-title">{t('home.recent')}</h2>}>
      {transactions.length === 0 ? (
        <PageEmpty
          title={t('home.noTransactionsTitle')}
          description={t('home.noTransactions')}
          action={emptyAction}
        />
      ) : (
        <Table<Transaction>
          rowKey="id"
          columns={columns}
          dataSource={[...transactions]}
          pagination={false}
          size="middle"
          className="purse-transactions-table"
        />
      )}
    </Card>
  );
}
