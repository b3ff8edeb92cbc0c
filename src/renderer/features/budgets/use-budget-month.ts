import { App } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLine, Rollover } from '../../../shared/budgets';
import type { Category } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { useCategoryName } from '../../components/category-name';

/** One month's budget lines, the categories they name, and the changes made to them. */
export function useBudgetMonth(month: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const budget = usePurseQuery('budgets.month', { month });
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const categoryName = useCategoryName();
  const set = usePurseMutation('budgets.set');
  const remove = usePurseMutation('budgets.remove');
  const copy = usePurseMutation('budgets.copyLastMonth');

  const categoryById = useMemo(
    () => new Map((categories.data ?? []).map((category) => [category.id, category])),
    [categories.data],
  );
  const nameOf = (id: string) => {
    const category = categoryById.get(id);
    return category ? categoryName(category) : t('budgets.unknownCategory');
  };
  const lines = budget.data?.lines ?? [];
  const unbudgeted: Category[] = (categories.data ?? []).filter(
    (category) =>
      category.kind === 'expense' &&
      !category.archived &&
      !lines.some((line) => line.categoryId === category.id),
  );

  const saveLine = (line: BudgetLine, change: { amount?: number; rollover?: Rollover }) =>
    set.mutateAsync({
      categoryId: line.categoryId,
      month,
      amount: change.amount ?? line.budget,
      rollover: change.rollover ?? line.rollover,
    });

  const copyLastMonth = () =>
    copy.mutate(
      { month },
      {
        onSuccess: (copied) =>
          void (copied.length === 0
            ? message.info(t('budgets.copiedNone'))
            : message.success(t('budgets.copied', { count: copied.length }))),
      },
    );

  return {
    budget,
    categories,
    currency: budget.data?.currency ?? 'CNY',
    nameOf,
    unbudgeted,
    saveLine,
    isSaving: (line: BudgetLine) => set.isPending && set.variables.categoryId === line.categoryId,
    removeLine: (line: BudgetLine) => remove.mutate({ categoryId: line.categoryId, month }),
    copyLastMonth,
    copying: copy.isPending,
    lastError: set.error ?? remove.error ?? copy.error,
  };
}

export type BudgetMonthState = ReturnType<typeof useBudgetMonth>;
