import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../../api/use-purse-query';
import { TO_PEOPLE } from '../../../shared/month-figures';
import { useCategoryName } from '../../components/category-name';

/**
 * Names for the ids analytics returns: categories in the UI language (and the money sent to
 * people, `TO_PEOPLE`, as its own line), merchants as saved.
 */
export function useNames() {
  const { t } = useTranslation();
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const counterparties = usePurseQuery('counterparties.list');
  const categoryName = useCategoryName();
  const categoryById = useMemo(
    () => new Map((categories.data ?? []).map((category) => [category.id, category])),
    [categories.data],
  );
  const partyById = useMemo(
    () => new Map((counterparties.data ?? []).map((party) => [party.id, party])),
    [counterparties.data],
  );
  const category = useCallback(
    (id: string) => {
      if (id === TO_PEOPLE) return t('figures.toPeople');
      const found = categoryById.get(id);
      return found ? categoryName(found) : t('analytics.uncategorized');
    },
    [categoryById, categoryName, t],
  );
  const merchant = useCallback(
    (id: string) => partyById.get(id)?.name ?? t('analytics.unknownMerchant'),
    [partyById, t],
  );
  /** Refetches the names once when the report names a merchant or category not seen yet. */
  const tried = useRef(new Set<string>());
  const { refetch: refetchParties, data: parties } = counterparties;
  const { refetch: refetchCategories, data: categoryList } = categories;
  const ensure = useCallback(
    (ids: { categories: readonly string[]; merchants: readonly string[] }) => {
      const unseen = (known: unknown, has: (id: string) => boolean, list: readonly string[]) =>
        known !== undefined && list.some((id) => !has(id) && !tried.current.has(id));
      const remember = (list: readonly string[]) => list.forEach((id) => tried.current.add(id));
      if (unseen(parties, (id) => partyById.has(id), ids.merchants)) {
        remember(ids.merchants);
        void refetchParties();
      }
      const known = (id: string) => id === TO_PEOPLE || categoryById.has(id);
      if (unseen(categoryList, known, ids.categories)) {
        remember(ids.categories);
        void refetchCategories();
      }
    },
    [parties, partyById, refetchParties, categoryList, categoryById, refetchCategories],
  );
  return {
    ensure,
    category,
    merchant,
    queries: [categories, counterparties] as const,
    ready: Boolean(categories.data && counterparties.data),
  };
}

export type Names = ReturnType<typeof useNames>;
