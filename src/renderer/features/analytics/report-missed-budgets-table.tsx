import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../../../shared/analytics';
import type { CurrencyCode } from '../../../shared/currencies';
import { Money } from '../../components/money';
import { rightColumn } from '../../components/table-columns';
import { TableCard } from '../../components/table-card';

type Missed = MonthlyReport['budgetsMissed'][number];

/** The categories that spent more than their budget had available. */
export function ReportMissedBudgetsTable({
  missed,
  currency,
  categoryName,
}: {
  readonly missed: readonly Missed[];
  readonly currency: CurrencyCode;
  readonly categoryName: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <TableCard<Missed>
      title={t('analytics.report.budgetsMissed')}
      emptyText={t('analytics.report.noneMissed')}
      rowKey="categoryId"
      rows={missed}
      columns={[
        {
          key: 'category',
          title: t('analytics.category'),
          render: (_v, line) => categoryName(line.categoryId),
        },
        rightColumn('available', t('budgets.available'), (line: Missed) => (
          <Money minor={line.available} currency={currency} />
        )),
        rightColumn('spent', t('budgets.spent'), (line: Missed) => (
          <Money minor={line.spent} currency={currency} />
        )),
      ]}
    />
  );
}
