import { useTranslation } from 'react-i18next';
import type { CategoryChange } from '../../../shared/analytics';
import type { CurrencyCode } from '../../../shared/currencies';
import { Money } from '../../components/money';
import { rightColumn } from '../../components/table-columns';
import { TableCard } from '../../components/table-card';
import { useChangePercent } from './change-percent';

/** The month's spending per category against last month and the 3-month average. */
export function ReportChangesTable({
  changes,
  currency,
  categoryName,
}: {
  readonly changes: readonly CategoryChange[];
  readonly currency: CurrencyCode;
  readonly categoryName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const changePercent = useChangePercent();
  return (
    <TableCard<CategoryChange>
      title={t('analytics.report.changes')}
      emptyText={t('analytics.report.noChanges')}
      rowKey="categoryId"
      rows={changes}
      columns={[
        {
          key: 'category',
          title: t('analytics.category'),
          render: (_v, change) => categoryName(change.categoryId),
        },
        moneyColumn('thisMonth', t('analytics.report.thisMonth'), currency),
        moneyColumn('lastMonth', t('analytics.report.lastMonth'), currency),
        moneyColumn('average3', t('analytics.report.average3'), currency),
        rightColumn('change', t('analytics.report.change'), (change: CategoryChange) => (
          <span className={changeClassName(change)}>{changePercent(change)}</span>
        )),
      ]}
    />
  );
}

function changeClassName(change: CategoryChange) {
  if (change.changePercent === null) return 'purse-budget-note';
  return change.changePercent > 0 ? 'purse-report-change--up' : 'purse-report-change--down';
}

function moneyColumn(
  key: 'thisMonth' | 'lastMonth' | 'average3',
  title: string,
  currency: CurrencyCode,
) {
  return rightColumn(key, title, (change: CategoryChange) => (
    <Money minor={change[key]} currency={currency} />
  ));
}
