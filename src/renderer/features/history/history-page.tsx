import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { usePurseQuery } from '../../api/use-purse-query';
import { PageHeader } from '../../components/page-header';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { navigate } from '../../shell/use-route';
import { ExportDialog } from './export-dialog';
import { HistoryFilterBar } from './history-filter-bar';
import {
  filtersOf,
  isFiltered,
  paramsFromQuery,
  queryFromParams,
  type HistoryQuery,
} from './history-params';
import { BulkBar } from './bulk-bar';
import { useDeleteRow } from './delete-transaction';
import { HistoryTable } from './history-table';
import { useHistorySelection } from './use-history-selection';
import { HistoryTotalsBar } from './history-totals';
import { TransactionDetailDrawer } from './transaction-detail-drawer';
import { useHistoryNames, useHistoryPages } from './use-history';
import './history.css';

/** History at `next` (its filters in the address), with transaction `txn` open if given. */
function go(next: HistoryQuery, txn?: string): void {
  navigate('history', { ...paramsFromQuery(next), ...(txn ? { txn } : {}) });
}

/** Height of the virtual list: most of the window, never tiny. */
function listHeight(): number {
  return Math.max(320, window.innerHeight - 380);
}

/**
 * History (`#/history?…`): every transaction, filtered from the address, in a virtual list
 * that loads keyset pages as it scrolls; totals of the whole filtered set; a transaction
 * opens in a drawer (`&txn=<id>`); statements export from here.
 */
export function HistoryPage({ params }: { readonly params: URLSearchParams }) {
  const { t } = useTranslation();
  const query = useMemo(() => queryFromParams(params), [params]);
  const filters = useMemo(() => filtersOf(query), [query]);
  const openId = params.get('txn');
  const [exporting, setExporting] = useState(false);
  const names = useHistoryNames();
  const settings = usePurseQuery('settings.get');
  const pages = useHistoryPages(filters);
  const totals = usePurseQuery('history.totals', { filters });

  const currency: CurrencyCode =
    (query.accountId ? names.accountById.get(query.accountId)?.currency : undefined) ??
    settings.data?.defaultCurrency ??
    'CNY';
  const rows = useMemo(() => pages.data?.pages.flatMap((page) => page.items) ?? [], [pages.data]);
  const selection = useHistorySelection(filters, totals.data?.count);
  const deleteRow = useDeleteRow();

  const list = () => {
    const failed = pages.error ?? names.queries.find((q) => q.error)?.error;
    if (failed)
      return (
        <PageError
          error={failed}
          onRetry={() => {
            void pages.refetch();
            names.queries.forEach((q) => void q.refetch());
          }}
        />
      );
    if (!pages.data || !names.ready) return <PageLoading rows={8} />;
    if (rows.length === 0)
      return isFiltered(query) ? (
        <PageEmpty
          title={t('history.noMatchTitle')}
          description={t('history.noMatch')}
          action={<Button onClick={() => go({})}>{t('history.filters.clear')}</Button>}
        />
      ) : (
        <PageEmpty
          title={t('history.emptyTitle')}
          description={t('history.empty')}
          action={
            <Button type="primary" onClick={() => navigate('pay', { mode: 'record' })}>
              {t('history.record')}
            </Button>
          }
        />
      );
    return (
      <HistoryTable
        rows={rows}
        names={names}
        hasMore={pages.hasNextPage}
        loadingMore={pages.isFetchingNextPage}
        onLoadMore={() => void pages.fetchNextPage()}
        onOpen={(txn) => go(query, txn.id)}
        onDelete={deleteRow}
        selection={selection}
        height={listHeight()}
      />
    );
  };

  return (
    <>
      <PageHeader
        title={t('history.title')}
        subtitle={t('history.subtitle')}
        extra={
          <Space wrap>
            {/* CSV import (issue 7, part 3) adds its button here. */}
            <Button icon={<DownloadOutlined aria-hidden />} onClick={() => setExporting(true)}>
              {t('history.export.open')}
            </Button>
          </Space>
        }
      />
      <div className="purse-stack">
        <Card className="purse-card">
          <HistoryFilterBar query={query} names={names} currency={currency} onChange={go} />
          <HistoryTotalsBar totals={totals.data} />
          <BulkBar selection={selection} names={names} />
        </Card>
        <Card className="purse-card purse-history-list">{list()}</Card>
      </div>
      <TransactionDetailDrawer
        id={openId}
        names={names}
        onClose={() => go(query)}
        onOpen={(txn) => go(query, txn)}
      />
      <ExportDialog
        open={exporting}
        query={query}
        names={names}
        onClose={() => setExporting(false)}
      />
    </>
  );
}
