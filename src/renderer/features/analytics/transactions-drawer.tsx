import { Drawer, Table } from 'antd';
import type { Transaction } from '../../../shared/domain';
import { useCategoryName } from '../../components/category-name';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';
import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../../api/use-purse-query';
import { PageError, PageLoading } from '../../components/page-state';
import type { Period } from './period';
import { hrefOf } from '../../shell/routes';

/** The same drill-down as History filters: the period's first to last day, in the address. */
function historyHref(period: Period, drill: DrillDown): string {
  const [year, month] = period.to.split('-').map(Number) as [number, number];
  const lastDay = String(new Date(year, month, 0).getDate()).padStart(2, '0');
  return hrefOf('history', {
    from: `${period.from}-01`,
    to: `${period.to}-${lastDay}`,
    ...(drill.categoryId ? { category: drill.categoryId } : {}),
    ...(drill.counterpartyId ? { party: drill.counterpartyId } : {}),
  });
}

export interface DrillDown {
  readonly title: string;
  readonly categoryId?: string;
  readonly counterpartyId?: string;
}

export interface TransactionsDrawerProps {
  readonly period: Period;
  readonly drill: DrillDown | null;
  readonly onClose: () => void;
}

/** The transactions behind a chart segment or bar. */
export function TransactionsDrawer({ period, drill, onClose }: TransactionsDrawerProps) {
  const { t } = useTranslation();
  const transactions = usePurseQuery(
    'analytics.transactions',
    {
      from: period.from,
      to: period.to,
      ...(drill?.categoryId ? { categoryId: drill.categoryId } : {}),
      ...(drill?.counterpartyId ? { counterpartyId: drill.counterpartyId } : {}),
    },
    { enabled: drill !== null },
  );
  const categoryName = useCategoryName();
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const counterparties = usePurseQuery('counterparties.list');
  const categoryById = new Map((categories.data ?? []).map((category) => [category.id, category]));
  const partyById = new Map((counterparties.data ?? []).map((party) => [party.id, party]));

  const body = () => {
    if (transactions.error) {
      return <PageError error={transactions.error} onRetry={() => void transactions.refetch()} />;
    }
    if (!transactions.data || !categories.data) return <PageLoading />;
    return (
      <Table<Transaction>
        rowKey="id"
        size="small"
        pagination={false}
        aria-label={t('analytics.drawerList')}
        dataSource={[...transactions.data]}
        locale={{ emptyText: t('analytics.drawerEmpty') }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              {t('analytics.drawerTotal', { count: transactions.data.length })}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Money
                minor={transactions.data.reduce((sum, txn) => sum + txn.amount, 0)}
                currency={transactions.data[0]?.currency ?? 'CNY'}
                strong
              />
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        columns={[
          {
            key: 'date',
            title: t('transactions.date'),
            render: (_value, txn) => <DateTime value={txn.occurredAt} />,
          },
          {
            key: 'details',
            title: t('transactions.details'),
            render: (_value, txn) => {
              const party = txn.counterpartyId ? partyById.get(txn.counterpartyId) : undefined;
              const category = txn.categoryId ? categoryById.get(txn.categoryId) : undefined;
              const parts = [
                party?.name,
                category ? categoryName(category) : t(`transactions.kinds.${txn.kind}`),
                txn.memo,
              ].filter(Boolean);
              return parts.join(' · ');
            },
          },
          {
            key: 'amount',
            title: t('transactions.amount'),
            align: 'right',
            render: (_value, txn) => <Money minor={txn.amount} currency={txn.currency} />,
          },
        ]}
      />
    );
  };

  return (
    <Drawer
      open={drill !== null}
      onClose={onClose}
      size={720}
      title={drill ? t('analytics.drawerTitle', { what: drill.title }) : null}
      destroyOnHidden
    >
      {drill ? (
        <>
          {body()}
          <p className="purse-drawer-link">
            <a href={historyHref(period, drill)}>{t('history.openInHistory')}</a>
          </p>
        </>
      ) : null}
    </Drawer>
  );
}
