import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../../../shared/analytics';
import { EmptyCard } from '../../components/page-state';
import type { CategoryChange } from '../../../shared/analytics';
import { TableCard } from '../../components/table-card';
import { type Missed, useReportColumns } from './report-columns';
import { TotalsTiles } from './totals-tiles';
import type { Names } from './use-names';
import type { Unusual, UnusualPayments } from './use-unusual-payments';

export interface MonthlyReportBodyProps {
  readonly report: MonthlyReport;
  readonly names: Names;
  readonly unusual: UnusualPayments;
}

/** The month's totals, the biggest changes, budgets missed and unusual payments. */
export function MonthlyReportBody({ report, names, unusual }: MonthlyReportBodyProps) {
  const { t } = useTranslation();
  const columns = useReportColumns(report, names, unusual);
  const quiet = report.income === 0 && report.expense === 0 && report.changes.length === 0;
  if (quiet) {
    return (
      <EmptyCard title={t('analytics.noSpendingTitle')} description={t('analytics.report.empty')} />
    );
  }
  return (
    <div className="purse-stack">
      <TotalsTiles totals={report} currency={report.currency} />
      <TableCard<CategoryChange>
        title={t('analytics.report.changes')}
        emptyText={t('analytics.report.noChanges')}
        rowKey="categoryId"
        rows={report.changes}
        columns={columns.changes}
      />
      <TableCard<Missed>
        title={t('analytics.report.budgetsMissed')}
        emptyText={t('analytics.report.noneMissed')}
        rowKey="categoryId"
        rows={report.budgetsMissed}
        columns={columns.missed}
      />
      <TableCard<Unusual>
        title={t('analytics.report.unusual')}
        emptyText={t('analytics.report.noneUnusual')}
        rowKey="txnId"
        rows={report.unusual}
        columns={columns.unusual}
      />
    </div>
  );
}
