import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../../../shared/budgets';
import { AddButton } from '../../components/add-button';
import { RowsTable } from '../../components/rows-table';
import { useBudgetColumns } from './use-budget-columns';
import type { BudgetMonthState } from './use-budget-month';

/** The month's budget lines, or a way to add the first one. */
export function BudgetsTable({
  lines,
  budgets,
  onAdd,
}: {
  readonly lines: readonly BudgetLine[];
  readonly budgets: BudgetMonthState;
  readonly onAdd: () => void;
}) {
  const { t } = useTranslation();
  const columns = useBudgetColumns(budgets);
  return (
    <Card className="purse-card">
      <RowsTable<BudgetLine>
        rowKey="categoryId"
        rows={lines}
        columns={columns}
        size="small"
        scroll={{ x: 'max-content' }}
        className="purse-budget-table"
        aria-label={t('budgets.tableLabel')}
        empty={{
          title: t('budgets.emptyTitle'),
          description: t('budgets.emptyBody'),
          action: (
            <AddButton
              label={t('budgets.add')}
              disabled={budgets.unbudgeted.length === 0}
              onClick={onAdd}
            />
          ),
        }}
      />
    </Card>
  );
}
