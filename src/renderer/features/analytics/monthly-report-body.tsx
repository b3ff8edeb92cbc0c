import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../../../shared/analytics';
import { PageEmpty } from '../../components/page-state';
import { ReportChangesTable } from './report-changes-table';
import { ReportMissedBudgetsTable } from './report-missed-budgets-table';
import { ReportUnusualTable } from './report-unusual-table';
import { TotalsTiles } from './totals-tiles';
import type { Names } from './use-names';
import type { UnusualPayments } from './use-unusual-payments';

export interface MonthlyReportBodyProps {
  readonly report: MonthlyReport;
  readonly names: Names;
  readonly unusual: UnusualPayments;
}

/** The month's totals, the biggest changes, budgets missed and unusual payments. */
export function MonthlyReportBody({ report, names, unusual }: MonthlyReportBodyProps) {
  const { t } = useTranslation();
  const quiet = report.income === 0 && report.expense === 0 && report.changes.length === 0;
  if (quiet) {
    return (
      <Card className="purse-card">
        <PageEmpty
          title={t('analytics.noSpendingTitle')}
          description={t('analytics.report.empty')}
        />
      </Card>
    );
  }
  return (
    <div className="purse-stack">
      <TotalsTiles totals={report} currency={report.currency} />
      <ReportChangesTable
        changes={report.changes}
        currency={report.currency}
        categoryName={names.category}
      />
      <ReportMissedBudgetsTable
        missed={report.budgetsMissed}
        currency={report.currency}
        categoryName={names.category}
      />
      <ReportUnusualTable entries={report.unusual} payments={unusual} currency={report.currency} />
    </div>
  );
}
