import { useInfiniteQuery, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/domain';
import type { HistoryCursor, HistoryFilters, HistoryPage } from '../../../shared/history';
import type { PurseError } from '../../../shared/errors';
import { asPurseError, callPurse } from '../../api/call-purse';
import { purseQueryKey, usePurseQuery } from '../../api/use-purse-query';
import { useCategoryName } from '../../components/category-name';

/** Rows per page: a screen or two; the next page loads as the list nears its end. */
export const HISTORY_PAGE_SIZE = 100;

/**
 * The filtered history, newest first, one keyset page at a time. The cache key starts with
 * `history.page`, so every write that invalidates History refetches the loaded pages.
 */
export function useHistoryPages(filters: HistoryFilters) {
  return useInfiniteQuery<
    HistoryPage,
    PurseError,
    InfiniteData<HistoryPage, HistoryCursor | undefined>,
    QueryKey,
    HistoryCursor | undefined
  >({
    queryKey: purseQueryKey('history.page', { filters, limit: HISTORY_PAGE_SIZE }),
    initialPageParam: undefined,
    queryFn: async ({ pageParam }) => {
      try {
        return await callPurse('history.page', {
          filters,
          limit: HISTORY_PAGE_SIZE,
          ...(pageParam ? { cursor: pageParam } : {}),
        });
      } catch (thrown) {
        throw asPurseError(thrown);
      }
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Names for the ids a transaction carries: accounts, categories and counterparties. */
export function useHistoryNames() {
  const accounts = usePurseQuery('accounts.list', { includeArchived: true });
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const counterparties = usePurseQuery('counterparties.list');
  const categoryName = useCategoryName();
  const { t } = useTranslation();
  // Rebuilt when the names (or a query's error) change, not on every render: History's
  // table keeps its columns while this object stays the same.
  return useMemo(() => {
    const accountById = new Map((accounts.data ?? []).map((a) => [a.id, a]));
    const categoryById = new Map((categories.data ?? []).map((c) => [c.id, c]));
    const partyById = new Map((counterparties.data ?? []).map((p) => [p.id, p]));
    return {
      accounts: accounts.data ?? [],
      categories: categories.data ?? [],
      counterparties: counterparties.data ?? [],
      accountById,
      categoryById,
      partyById,
      category: (id: string | undefined) => {
        const found = id ? categoryById.get(id) : undefined;
        return found ? categoryName(found) : undefined;
      },
      /** A transaction's category, or for a split one, how many lines it has. */
      categoryOf: (txn: Pick<Transaction, 'categoryId' | 'splits'>) => {
        if (txn.splits?.length) return t('splits.summary', { count: txn.splits.length });
        const found = txn.categoryId ? categoryById.get(txn.categoryId) : undefined;
        return found ? categoryName(found) : undefined;
      },
      queries: [accounts, categories, counterparties] as const,
      ready: Boolean(accounts.data && categories.data && counterparties.data),
    };
    // The query objects are new on every render; their data and errors are what this reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    accounts.data,
    categories.data,
    counterparties.data,
    accounts.error,
    categories.error,
    counterparties.error,
    categoryName,
    t,
  ]);
}

export type HistoryNames = ReturnType<typeof useHistoryNames>;
