import { Bar, Line } from 'react-chartjs-2';
import type { AnalyticsReport } from '../../../shared/analytics';
import '../../charts/register';
import { ChartCard } from '../../charts/chart-card';
import { Money } from '../../components/money';
import { clickableElements } from './chart-clicks';
import { historyHref, openInHistory } from './history-link';
import { useTrendParts, type TrendParts } from './use-trend-parts';

const FLOWS = ['income', 'expense', 'net'] as const;

export interface TrendChartsProps {
  readonly report: AnalyticsReport;
}

interface TrendChartProps {
  readonly report: AnalyticsReport;
  readonly parts: TrendParts;
}

/**
 * Twelve months of spending, income against expense, and net worth. A month's spending bar,
 * like its row, opens that month in History.
 */
export function TrendCharts({ report }: TrendChartsProps) {
  const parts = useTrendParts(report);
  return (
    <>
      <SpendingTrendChart report={report} parts={parts} />
      <CashFlowChart report={report} parts={parts} />
      <NetWorthChart report={report} parts={parts} />
    </>
  );
}

function SpendingTrendChart({ report, parts }: TrendChartProps) {
  const { t, theme, monthLabel } = parts;
  return (
    <ChartCard
      testId="chart-trend"
      title={t('analytics.spendingTrend')}
      summary={t('analytics.trendSummary', { count: report.months.length })}
      empty={parts.noActivity}
      columns={[
        parts.monthColumn,
        { key: 'expense', title: t('analytics.expense'), numeric: true },
      ]}
      rows={report.months.map((row) => ({
        key: row.month,
        cells: [
          <a key="open" href={historyHref({ from: row.month, to: row.month })}>
            {monthLabel(row.month)}
          </a>,
          <Money key="e" minor={row.expense} currency={report.currency} />,
        ],
      }))}
    >
      {(a11y) => (
        <Bar
          {...a11y}
          data={{
            labels: parts.labels,
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
            plugins: { ...parts.plugins, legend: { display: false } },
            scales: parts.scales,
            ...clickableElements((index) => {
              const month = report.months[index]?.month;
              if (month) openInHistory({ from: month, to: month });
            }),
          }}
        />
      )}
    </ChartCard>
  );
}

/** Income against expense, and the net, month by month. */
function CashFlowChart({ report, parts }: TrendChartProps) {
  const { t, theme, monthLabel } = parts;
  return (
    <ChartCard
      testId="chart-cashflow"
      title={t('analytics.incomeVsExpense')}
      summary={t('analytics.cashFlowSummary', { count: report.months.length })}
      empty={parts.noActivity}
      columns={[
        parts.monthColumn,
        ...FLOWS.map((flow) => ({ key: flow, title: t(`analytics.${flow}`), numeric: true })),
      ]}
      rows={report.months.map((row) => ({
        key: row.month,
        cells: [
          monthLabel(row.month),
          ...FLOWS.map((flow) => <Money key={flow} minor={row[flow]} currency={report.currency} />),
        ],
      }))}
    >
      {(a11y) => (
        <Line
          {...a11y}
          data={{
            labels: parts.labels,
            datasets: FLOWS.map((flow) => ({
              label: t(`analytics.${flow}`),
              data: report.months.map((row) => row[flow]),
              borderColor: theme[flow],
              backgroundColor: theme[flow],
              ...(flow === 'net' ? { borderDash: [6, 4] } : {}),
              tension: 0.3,
            })),
          }}
          options={{ maintainAspectRatio: false, plugins: parts.plugins, scales: parts.lineScales }}
        />
      )}
    </ChartCard>
  );
}

/** Net worth at the end of each month. */
function NetWorthChart({ report, parts }: TrendChartProps) {
  const { t, theme, monthLabel } = parts;
  return (
    <ChartCard
      testId="chart-networth"
      title={t('analytics.netWorth')}
      summary={t('analytics.netWorthSummary', { count: report.netWorth.length })}
      columns={[parts.monthColumn, { key: 'value', title: t('analytics.netWorth'), numeric: true }]}
      rows={report.netWorth.map((row) => ({
        key: row.month,
        cells: [
          monthLabel(row.month),
          <Money key="v" minor={row.value} currency={report.currency} />,
        ],
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
            plugins: { ...parts.plugins, legend: { display: false } },
            scales: parts.lineScales,
          }}
        />
      )}
    </ChartCard>
  );
}
