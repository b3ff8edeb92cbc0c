import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../../../shared/budgets';
import { AddButton } from '../../components/add-button';
import { PageEmpty } from '../../components/page-state';
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
      {lines.length === 0 ? (
        <PageEmpty
          title={t('budgets.emptyTitle')}
          description={t('budgets.emptyBody')}
          action={
            <AddButton
              label={t('budgets.add')}
              disabled={budgets.unbudgeted.length === 0}
              onClick={onAdd}
            />
          }
        />
      ) : (
        <Table<BudgetLine>
          rowKey="categoryId"
          columns={columns}
          dataSource={[...lines]}
          pagination={false}
          size="small"
          scroll={{ x: 'max-content' }}
          className="purse-budget-table"
          aria-label={t('budgets.tableLabel')}
        />
      )}
    </Card>
  );
}
