import { Button, Table } from 'antd';
import type { UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/domain';
import { transactionColumns } from '../../components/transaction-columns';
import type { HistoryNames } from './use-history';

export interface HistoryTableProps {
  readonly rows: readonly Transaction[];
  readonly names: HistoryNames;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly onLoadMore: () => void;
  readonly onOpen: (txn: Transaction) => void;
  readonly height: number;
}

/** How close to the end of the list (in pixels) the next page starts loading. */
const LOAD_AHEAD = 600;

/**
 * The history as one virtual table: only the rows on screen are in the DOM, and the next
 * keyset page loads as the person scrolls near the end (or presses "Load more").
 */
export function HistoryTable(props: HistoryTableProps) {
  const { rows, names, hasMore, loadingMore, onLoadMore, onOpen, height } = props;
  const { t } = useTranslation();

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    if (hasMore && !loadingMore && box.scrollHeight - box.scrollTop - box.clientHeight < LOAD_AHEAD)
      onLoadMore();
  };

  const columns = transactionColumns({
    t,
    accountById: names.accountById,
    details: (txn) => {
      const party = txn.counterpartyId ? names.partyById.get(txn.counterpartyId) : undefined;
      const category = names.category(txn.categoryId);
      const title = party?.name ?? category ?? t(`transactions.kinds.${txn.kind}`);
      return {
        title: (
          <button
            type="button"
            className="purse-history-open"
            onClick={() => onOpen(txn)}
            aria-label={t('history.openTransaction', { what: title })}
          >
            {title}
          </button>
        ),
        more: [party ? category : null, txn.memo].filter(Boolean).join(' · '),
      };
    },
    between: [
      {
        key: 'kind',
        title: t('history.kind'),
        width: 150,
        render: (_value, txn) => t(`transactions.kinds.${txn.kind}`),
      },
    ],
    widths: { date: 210, account: 220, amount: 160 },
  });

  return (
    <section className="purse-history-table" aria-label={t('history.listLabel')}>
      <Table<Transaction>
        virtual
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900, y: height }}
        onScroll={onScroll}
        onRow={(txn) => ({ onDoubleClick: () => onOpen(txn) })}
        rowClassName={() => 'purse-row--link'}
      />
      <div className="purse-history-table__more">
        {hasMore ? (
          <Button onClick={onLoadMore} loading={loadingMore}>
            {t('history.loadMore')}
          </Button>
        ) : (
          <span className="purse-history-table__end">
            {t('history.end', { count: rows.length })}
          </span>
        )}
      </div>
    </section>
  );
}
