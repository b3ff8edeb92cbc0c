import { useTranslation } from 'react-i18next';
import type { AnalyticsReport } from '../../../shared/analytics';
import { EmptyCard } from '../../components/page-state';
import { ForecastChart } from './forecast-chart';
import { BudgetVsActualChart, TopMerchantsChart } from './merchant-budget-charts';
import { SpendingDoughnut } from './spending-doughnut';
import { TagSpending } from './tag-spending';
import { TotalsTiles } from './totals-tiles';
import { TrendCharts } from './trend-charts';
import type { Names } from './use-names';

export interface AnalyticsOverviewBodyProps {
  readonly report: AnalyticsReport;
  /** The months around the period, for the trend charts. */
  readonly trend: AnalyticsReport;
  readonly names: Names;
}

/**
 * The period's totals, where the money went, and how the months before compare; a chart's
 * segment or bar opens History filtered to it.
 */
export function AnalyticsOverviewBody({ report, trend, names }: AnalyticsOverviewBodyProps) {
  const { t } = useTranslation();
  const empty = report.totals.income === 0 && report.totals.expense === 0;
  const trendQuiet =
    trend.months.every((month) => month.income === 0 && month.expense === 0) &&
    trend.netWorth.every((month) => month.value === 0);
  return (
    <div className="purse-stack">
      <TotalsTiles totals={report.totals} currency={report.currency} />
      {empty ? (
        <EmptyCard title={t('analytics.noSpendingTitle')} description={t('analytics.noSpending')} />
      ) : null}
      <div className="purse-analytics-grid">
        {empty ? null : (
          <>
            <SpendingDoughnut report={report} categoryName={names.category} />
            <TopMerchantsChart report={report} merchantName={names.merchant} />
          </>
        )}
        {trendQuiet ? null : (
          <>
            <TrendCharts report={trend} />
            <BudgetVsActualChart report={trend} />
          </>
        )}
      </div>
      <TagSpending span={{ from: report.from, to: report.to }} currency={report.currency} />
      <ForecastChart currency={report.currency} />
    </div>
  );
}
