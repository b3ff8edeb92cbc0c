import { Bar, Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { AnalyticsReport } from '../../../shared/analytics';
import '../../charts/register';
import { ChartCard } from '../../charts/chart-card';
import { basePlugins, moneyScales } from '../../charts/chart-options';
import { useChartTheme } from '../../charts/use-chart-theme';
import { useAxisMoneyFormat, useMoneyFormat, useMonthLabel } from '../../charts/use-money-format';
import { Money } from '../../components/money';
import { PageEmpty } from '../../components/page-state';
import { clickableElements } from './chart-clicks';
import { historyHref, openInHistory } from './history-link';

export interface TrendChartsProps {
  readonly report: AnalyticsReport;
}

/**
 * Twelve months of spending, income against expense, and net worth. A month's spending bar,
 * like its row, opens that month in History.
 */
export function TrendCharts({ report }: TrendChartsProps) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const format = useMoneyFormat(report.currency);
  const axisFormat = useAxisMoneyFormat(report.currency);
  const monthLabel = useMonthLabel();
  const currency = report.currency;
  const labels = report.months.map((month) => monthLabel(month.month));
  const plugins = basePlugins(theme, format);
  const scales = moneyScales(theme, axisFormat);
  const lineScales = { ...scales, y: { ...scales.y, beginAtZero: false } };
  const quiet = report.months.every((month) => month.income === 0 && month.expense === 0);
  const noActivity = quiet ? (
    <PageEmpty title={t('analytics.noSpendingTitle')} description={t('analytics.noActivity')} />
  ) : undefined;
  const month = (key: string) => ({ key, title: t('analytics.month') });

  return (
    <>
      <ChartCard
        testId="chart-trend"
        title={t('analytics.spendingTrend')}
        summary={t('analytics.trendSummary', { count: report.months.length })}
        empty={noActivity}
        columns={[month('month'), { key: 'expense', title: t('analytics.expense'), numeric: true }]}
        rows={report.months.map((row) => ({
          key: row.month,
          cells: [
            <a key="open" href={historyHref({ from: row.month, to: row.month })}>
              {monthLabel(row.month)}
            </a>,
            <Money key="e" minor={row.expense} currency={currency} />,
          ],
        }))}
      >
        {(a11y) => (
          <Bar
            {...a11y}
            data={{
              labels,
              datasets: [
                {
                  label: t('analytics.expense'),
                  data: report.months.map((row) => row.expense),
                  backgroundColor: theme.expense,
                  borderRadius: 4,
                },
              ],
            }}
            options={{
              maintainAspectRatio: false,
              plugins: { ...plugins, legend: { display: false } },
              scales,
              ...clickableElements((index) => {
                const month = report.months[index]?.month;
                if (month) openInHistory({ from: month, to: month });
              }),
            }}
          />
        )}
      </ChartCard>
      <ChartCard
        testId="chart-cashflow"
        title={t('analytics.incomeVsExpense')}
        summary={t('analytics.cashFlowSummary', { count: report.months.length })}
        empty={noActivity}
        columns={[
          month('month'),
          { key: 'income', title: t('analytics.income'), numeric: true },
          { key: 'expense', title: t('analytics.expense'), numeric: true },
          { key: 'net', title: t('analytics.net'), numeric: true },
        ]}
        rows={report.months.map((row) => ({
          key: row.month,
          cells: [
            monthLabel(row.month),
            <Money key="i" minor={row.income} currency={currency} />,
            <Money key="e" minor={row.expense} currency={currency} />,
            <Money key="n" minor={row.net} currency={currency} />,
          ],
        }))}
      >
        {(a11y) => (
          <Line
            {...a11y}
            data={{
              labels,
              datasets: [
                {
                  label: t('analytics.income'),
                  data: report.months.map((row) => row.income),
                  borderColor: theme.income,
                  backgroundColor: theme.income,
                  tension: 0.3,
                },
                {
                  label: t('analytics.expense'),
                  data: report.months.map((row) => row.expense),
                  borderColor: theme.expense,
                  backgroundColor: theme.expense,
                  tension: 0.3,
                },
                {
                  label: t('analytics.net'),
                  data: report.months.map((row) => row.net),
                  borderColor: theme.net,
                  backgroundColor: theme.net,
                  borderDash: [6, 4],
                  tension: 0.3,
                },
              ],
            }}
            options={{ maintainAspectRatio: false, plugins, scales: lineScales }}
          />
        )}
      </ChartCard>
      <ChartCard
        testId="chart-networth"
        title={t('analytics.netWorth')}
        summary={t('analytics.netWorthSummary', { count: report.netWorth.length })}
        columns={[month('month'), { key: 'value', title: t('analytics.netWorth'), numeric: true }]}
        rows={report.netWorth.map((row) => ({
          key: row.month,
          cells: [monthLabel(row.month), <Money key="v" minor={row.value} currency={currency} />],
        }))}
      >
        {(a11y) => (
          <Line
            {...a11y}
            data={{
              labels: report.netWorth.map((row) => monthLabel(row.month)),
              datasets: [
                {
                  label: t('analytics.netWorth'),
                  data: report.netWorth.map((row) => row.value),
                  borderColor: theme.net,
                  backgroundColor: `${theme.net}33`,
                  fill: true,
                  tension: 0.3,
                },
              ],
            }}
            options={{
              maintainAspectRatio: false,
              plugins: { ...plugins, legend: { display: false } },
              scales: lineScales,
            }}
          />
        )}
      </ChartCard>
    </>
  );
}
