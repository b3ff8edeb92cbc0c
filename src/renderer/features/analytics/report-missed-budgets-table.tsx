import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../../../shared/analytics';
import type { CurrencyCode } from '../../../shared/currencies';
import { Money } from '../../components/money';

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
    <Card
      className="purse-card"
      title={<h2 className="purse-card-title">{t('analytics.report.budgetsMissed')}</h2>}
    >
      <Table<Missed>
        rowKey="categoryId"
        size="middle"
        pagination={false}
        aria-label={t('analytics.report.budgetsMissed')}
        dataSource={[...missed]}
        locale={{ emptyText: t('analytics.report.noneMissed') }}
        columns={[
          {
            key: 'category',
            title: t('analytics.category'),
            render: (_v, line) => categoryName(line.categoryId),
          },
          {
            key: 'available',
            title: t('budgets.available'),
            align: 'right',
            render: (_v, line) => <Money minor={line.available} currency={currency} />,
          },
          {
            key: 'spent',
            title: t('budgets.spent'),
            align: 'right',
            render: (_v, line) => <Money minor={line.spent} currency={currency} />,
          },
        ]}
      />
    </Card>
  );
}
