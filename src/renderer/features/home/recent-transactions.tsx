import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, Category, Counterparty, Transaction } from '../../../shared/domain';
import { useCategoryName } from '../../components/category-name';
import { RowsTable } from '../../components/rows-table';
import { hrefOf } from '../../shell/routes';
import { navigate } from '../../shell/use-route';
import { transactionColumns } from '../../components/transaction-columns';

export interface RecentTransactionsProps {
  readonly transactions: readonly Transaction[];
  readonly accounts: readonly Account[];
  readonly categories: readonly Category[];
  /** Merchants and contacts, to name who a payment or transfer went to. */
  readonly counterparties: readonly Counterparty[];
  readonly emptyAction?: ReactNode;
}

/** Movements with a receipt to open: payments, transfers to people, top-ups, refunds. */
const WITH_RECEIPT: ReadonlySet<Transaction['kind']> = new Set([
  'payment',
  'p2p',
  'topup',
  'withdrawal',
  'refund',
]);

/** The latest money movements, newest first. */
export function RecentTransactions({
  transactions,
  accounts,
  categories,
  counterparties,
  emptyAction,
}: RecentTransactionsProps) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const accountById = new Map(accounts.map((account) => [account.id, account]));
  const categoryById = new Map(categories.map((category) => [category.id, category]));
  const counterpartyById = new Map(counterparties.map((party) => [party.id, party]));

  const categoryTitle = (txn: Transaction): string => {
    if (txn.splits?.length) return t('splits.summary', { count: txn.splits.length });
    const category = txn.categoryId ? categoryById.get(txn.categoryId) : undefined;
    return category ? categoryName(category) : t(`transactions.kinds.${txn.kind}`);
  };
  /** Who it went to (a merchant, a contact) first; else its category or kind. */
  const title = (txn: Transaction): string => {
    const party = txn.counterpartyId ? counterpartyById.get(txn.counterpartyId) : undefined;
    return party?.name ?? categoryTitle(txn);
  };
  const subtitle = (txn: Transaction): string | null => {
    const party = txn.counterpartyId ? counterpartyById.get(txn.counterpartyId) : undefined;
    const parts = [party ? categoryTitle(txn) : null, txn.memo ?? null];
    if (txn.kind === 'refund' || txn.kind === 'topup' || txn.kind === 'withdrawal') {
      parts.unshift(t(`transactions.kinds.${txn.kind}`));
    }
    const text = parts.filter(Boolean).join(' · ');
    return text || null;
  };

  const columns = transactionColumns({
    t,
    accountById,
    details: (txn) => ({
      title: (
        <div className="purse-txn-cell__title">
          {WITH_RECEIPT.has(txn.kind) ? (
            <a
              href={hrefOf('receipt', { id: txn.id })}
              aria-label={t('home.openReceipt', { what: title(txn) })}
              onClick={(event) => event.stopPropagation()}
            >
              {title(txn)}
            </a>
          ) : (
            title(txn)
          )}
        </div>
      ),
      more: subtitle(txn) ?? '',
    }),
    widths: { date: 190 },
  });

  return (
    <Card className="purse-card" title={<h2 className="purse-card-title">{t('home.recent')}</h2>}>
      <RowsTable<Transaction>
        rowKey="id"
        rows={transactions}
        columns={columns}
        size="middle"
        className="purse-transactions-table"
        rowClassName={(txn) => (WITH_RECEIPT.has(txn.kind) ? 'purse-row--link' : '')}
        onRow={(txn) =>
          WITH_RECEIPT.has(txn.kind) ? { onClick: () => navigate('receipt', { id: txn.id }) } : {}
        }
        empty={{
          title: t('home.noTransactionsTitle'),
          description: t('home.noTransactions'),
          action: emptyAction,
        }}
      />
    </Card>
  );
}
