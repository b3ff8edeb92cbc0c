import { Button, Table, type GetRef } from 'antd';
import { useMemo, useRef, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/domain';
import { transactionColumns } from '../../components/transaction-columns';
import type { HistoryNames } from './use-history';
import type { HistorySelection } from './use-history-selection';
import { useRowKeys } from './use-row-keys';

export interface HistoryTableProps {
  readonly rows: readonly Transaction[];
  readonly names: HistoryNames;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly onLoadMore: () => void;
  readonly onOpen: (txn: Transaction) => void;
  readonly onDelete: (txn: Transaction) => void;
  readonly selection: HistorySelection;
  readonly height: number;
}

/** How close to the end of the list (in pixels) the next page starts loading. */
const LOAD_AHEAD = 600;

/**
 * The history as one virtual table: only the rows on screen are in the DOM, and the next
 * keyset page loads as the person scrolls near the end (or presses "Load more").
 */
export function HistoryTable(props: HistoryTableProps) {
  const { rows, names, hasMore, loadingMore, onLoadMore, onOpen, onDelete, selection, height } =
    props;
  const { t } = useTranslation();
  const table = useRef<GetRef<typeof Table<Transaction>>>(null);
  const keyActions = useMemo(
    () => ({
      onOpen,
      onDelete,
      onToggle: (txn: Transaction) => selection.tick([txn.id], !selection.isTicked(txn.id)),
      onTickAll: selection.tickAll,
      onClear: selection.clear,
      scrollTo: (index: number) => table.current?.scrollTo({ index }),
    }),
    [onOpen, onDelete, selection],
  );
  const keys = useRowKeys(rows, keyActions);
  /** A row's name: its payee, else its category, else its kind. */
  const titleOf = (txn: Transaction) =>
    (txn.counterpartyId ? names.partyById.get(txn.counterpartyId)?.name : undefined) ??
    names.categoryOf(txn) ??
    t(`transactions.kinds.${txn.kind}`);
  const tickedKeys = useMemo(
    () => rows.filter((txn) => selection.isTicked(txn.id)).map((txn) => txn.id),
    [rows, selection],
  );

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
      const category = names.categoryOf(txn);
      const title = titleOf(txn);
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
        more: [
          party ? category : null,
          txn.memo,
          txn.tags?.map((tag) => `#${tag}`).join(' '),
          txn.reconciled?.length
            ? t('history.reconciledMark')
            : txn.cleared?.length
              ? t('history.clearedMark')
              : null,
        ]
          .filter(Boolean)
          .join(' · '),
      };
    },
    between: [
      {
        key: 'kind',
        title: t('history.kind'),
        width: 150,
        render: (_value, txn) =>
          txn.voidedBy
            ? `${t(`transactions.kinds.${txn.kind}`)} · ${t('history.detail.voided')}`
            : t(`transactions.kinds.${txn.kind}`),
      },
    ],
    widths: { date: 210, account: 220, amount: 160 },
  });

  return (
    <section
      className="purse-history-table"
      aria-label={t('history.listLabel')}
      aria-describedby="purse-history-keys"
      tabIndex={0}
      onKeyDown={keys.onKeyDown}
    >
      <p id="purse-history-keys" className="purse-visually-hidden">
        {t('history.keys')}
      </p>
      <Table<Transaction>
        ref={table}
        virtual
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900, y: height }}
        onScroll={onScroll}
        onRow={(txn) => ({ onDoubleClick: () => onOpen(txn) })}
        rowClassName={(txn) =>
          txn.id === keys.active ? 'purse-row--link purse-row--active' : 'purse-row--link'
        }
        rowSelection={{
          selectedRowKeys: tickedKeys,
          columnWidth: 48,
          onChange: (keys, _rows, info) => {
            if (info.type === 'all') {
              if (keys.length) selection.tickAll();
              else selection.clear();
              return;
            }
            const now = new Set(keys as string[]);
            const was = new Set(tickedKeys);
            selection.tick(
              [...now].filter((id) => !was.has(id)),
              true,
            );
            selection.tick(
              [...was].filter((id) => !now.has(id)),
              false,
            );
          },
          getCheckboxProps: (txn) => ({
            'aria-label': t('history.bulk.tick', { what: titleOf(txn) }),
          }),
        }}
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
