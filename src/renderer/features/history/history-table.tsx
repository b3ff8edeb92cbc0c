import { Button, Table, type GetRef } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/domain';
import { useLatest } from '../../components/use-latest';
import type { HistoryNames } from './use-history';
import type { HistorySelection } from './use-history-selection';
import {
  useHistoryColumns,
  useHistoryRowHandlers,
  useHistoryRowSelection,
} from './history-table-parts';
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

/**
 * The history as one virtual table: only the rows on screen are in the DOM, and the next
 * keyset page loads as the person scrolls near the end (or presses "Load more").
 */
export function HistoryTable(props: HistoryTableProps) {
  const { rows, names, hasMore, loadingMore, onLoadMore, onOpen, onDelete, selection, height } =
    props;
  const { t } = useTranslation();
  const table = useRef<GetRef<typeof Table<Transaction>>>(null);
  // The page passes new callbacks on every render; the columns and the row selection read
  // the latest through this, so they stay the same objects and the table re-renders only
  // the rows that changed (with thousands loaded, rebuilding them per render made long
  // tasks while scrolling).
  const latest = useLatest({ onOpen, selection, hasMore, loadingMore, onLoadMore });
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
  const { isTicked } = selection;
  const tickedKeys = useMemo(
    () => rows.filter((txn) => isTicked(txn.id)).map((txn) => txn.id),
    [rows, isTicked],
  );

  const scroll = useMemo(() => ({ x: 900, y: height }), [height]);
  const { onRow, onScroll } = useHistoryRowHandlers(latest);
  const { active } = keys;
  const rowClassName = useMemo(
    () => (txn: Transaction) =>
      txn.id === active ? 'purse-row--link purse-row--active' : 'purse-row--link',
    [active],
  );

  const columns = useHistoryColumns(names, latest);
  const rowSelection = useHistoryRowSelection(names, tickedKeys, latest);

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
        scroll={scroll}
        onScroll={onScroll}
        onRow={onRow}
        rowClassName={rowClassName}
        rowSelection={rowSelection}
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
