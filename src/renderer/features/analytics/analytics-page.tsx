import { FileTextOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../../api/use-purse-query';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { navigatePath } from '../../shell/use-route';
import { isMonthKey, thisMonth } from '../budgets/month-key';
import './analytics.css';
import { BudgetVsActualChart, TopMerchantsChart } from './merchant-budget-charts';
import { MonthlyReportPage } from './monthly-report-page';
import { periodAround, trendRange, type Period } from './period';
import { PeriodPicker } from './period-picker';
import { SpendingDoughnut } from './spending-doughnut';
import { TransactionsDrawer, type DrillDown } from './transactions-drawer';
import { TrendCharts } from './trend-charts';
import { useNames } from './use-names';

/** Analytics, or below it the monthly report: "#/analytics/report/2026-11". */
export function AnalyticsPage({ path }: { readonly path: readonly string[] }) {
  if (path[0] === 'report') {
    const month = isMonthKey(path[1]) ? path[1] : thisMonth();
    return <MonthlyReportPage key={month} month={month} />;
  }
  return <AnalyticsOverview />;
}

function AnalyticsOverview() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>(() => periodAround('month', thisMonth()));
  const [drill, setDrill] = useState<DrillDown | null>(null);
  const report = usePurseQuery('analytics.report', { from: period.from, to: period.to });
  const trend = usePurseQuery('analytics.report', trendRange(period));
  const names = useNames();
  const queries = [report, trend, ...names.queries];
  const { ensure } = names;
  useEffect(() => {
    if (!report.data) return;
    ensure({
      categories: report.data.spendingByCategory.map((entry) => entry.categoryId),
      merchants: report.data.topMerchants.map((entry) => entry.counterpartyId),
    });
  }, [report.data, ensure]);
  const failed = queries.find((query) => query.isError);

  const body = () => {
    if (failed?.error) {
      return (
        <PageError
          error={failed.error}
          onRetry={() => queries.forEach((query) => void query.refetch())}
        />
      );
    }
    if (!report.data || !trend.data || !names.ready) return <PageLoading rows={8} />;
    const data = report.data;
    const empty = data.totals.income === 0 && data.totals.expense === 0;
    const trendQuiet =
      trend.data.months.every((month) => month.income === 0 && month.expense === 0) &&
      trend.data.netWorth.every((month) => month.value === 0);
    return (
      <div className="purse-stack">
        <div className="purse-analytics-totals" role="list" aria-label={t('analytics.totals')}>
          {(['income', 'expense', 'net'] as const).map((key) => (
            <div key={key} className="purse-budget-tile" role="listitem">
              <div className="purse-budget-tile__label">{t(`analytics.${key}`)}</div>
              <div className="purse-budget-tile__value">
                <Money minor={data.totals[key]} currency={data.currency} strong />
              </div>
            </div>
          ))}
        </div>
        {empty ? (
          <Card className="purse-card">
            <PageEmpty
              title={t('analytics.noSpendingTitle')}
              description={t('analytics.noSpending')}
            />
          </Card>
        ) : null}
        <div className="purse-analytics-grid">
          {empty ? null : (
            <>
              <SpendingDoughnut
                spending={data.spendingByCategory}
                currency={data.currency}
                categoryName={names.category}
                onOpen={(categoryId) => setDrill({ categoryId, title: names.category(categoryId) })}
              />
              <TopMerchantsChart
                report={data}
                merchantName={names.merchant}
                onOpen={(counterpartyId) =>
                  setDrill({ counterpartyId, title: names.merchant(counterpartyId) })
                }
              />
            </>
          )}
          {trendQuiet ? null : (
            <>
              <TrendCharts report={trend.data} />
              <BudgetVsActualChart report={trend.data} />
            </>
          )}
        </div>
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('analytics.title')}
        extra={
          <>
            <PeriodPicker value={period} onChange={setPeriod} />
            <Button
              icon={<FileTextOutlined aria-hidden />}
              onClick={() => navigatePath('analytics', ['report', period.to])}
            >
              {t('analytics.monthlyReport')}
            </Button>
          </>
        }
      />
      {body()}
      <TransactionsDrawer period={period} drill={drill} onClose={() => setDrill(null)} />
    </>
  );
}
