import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { AnalyticsReport } from '../../../shared/analytics';
import '../../charts/register';
import { ChartCard } from '../../charts/chart-card';
import { basePlugins, horizontalMoneyScales, moneyScales } from '../../charts/chart-options';
import { useChartTheme } from '../../charts/use-chart-theme';
import { useAxisMoneyFormat, useMoneyFormat, useMonthLabel } from '../../charts/use-money-format';
import { Money } from '../../components/money';
import { PageEmpty } from '../../components/page-state';
import { clickableElements } from './chart-clicks';
import { historyHref, openInHistory, type MonthSpan } from './history-link';

export interface TopMerchantsChartProps {
  readonly report: AnalyticsReport;
  readonly merchantName: (id: string) => string;
}

/** Where the money went, by merchant; a bar, like its row, opens History for that merchant. */
export function TopMerchantsChart({ report, merchantName }: TopMerchantsChartProps) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const format = useMoneyFormat(report.currency);
  const axisFormat = useAxisMoneyFormat(report.currency);
  const rows = report.topMerchants;
  const period: MonthSpan = report;
  return (
    <ChartCard
      testId="chart-merchants"
      title={t('analytics.topMerchants')}
      summary={t('analytics.merchantsSummary', { count: rows.length })}
      empty={
        rows.length === 0 ? (
          <PageEmpty
            title={t('analytics.noMerchantsTitle')}
            description={t('analytics.noMerchants')}
          />
        ) : undefined
      }
      height={Math.max(160, rows.length * 36 + 40)}
      columns={[
        { key: 'merchant', title: t('analytics.merchant') },
        { key: 'count', title: t('analytics.count'), numeric: true },
        { key: 'amount', title: t('analytics.amount'), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.counterpartyId,
        cells: [
          <a key="open" href={historyHref(period, { counterpartyId: row.counterpartyId })}>
            {merchantName(row.counterpartyId)}
          </a>,
          String(row.count),
          <Money key="amount" minor={row.amount} currency={report.currency} />,
        ],
      }))}
    >
      {(a11y) => (
        <Bar
          {...a11y}
          data={{
            labels: rows.map((row) => merchantName(row.counterpartyId)),
            datasets: [
              {
                label: t('analytics.spent'),
                data: rows.map((row) => row.amount),
                backgroundColor: theme.palette[0],
                borderRadius: 4,
              },
            ],
          }}
          options={{
            indexAxis: 'y',
            maintainAspectRatio: false,
            plugins: { ...basePlugins(theme, format), legend: { display: false } },
            scales: horizontalMoneyScales(theme, axisFormat),
            ...clickableElements((index) => {
              const row = rows[index];
              if (row) openInHistory(period, { counterpartyId: row.counterpartyId });
            }),
          }}
        />
      )}
    </ChartCard>
  );
}

/** Each budgeted month: what was budgeted against what was spent. */
export function BudgetVsActualChart({ report }: { readonly report: AnalyticsReport }) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const format = useMoneyFormat(report.currency);
  const axisFormat = useAxisMoneyFormat(report.currency);
  const monthLabel = useMonthLabel();
  const rows = report.budgetVsActual;
  return (
    <ChartCard
      testId="chart-budget"
      title={t('analytics.budgetVsActual')}
      summary={t('analytics.budgetSummary', { count: rows.length })}
      empty={
        rows.length === 0 ? (
          <PageEmpty title={t('analytics.noBudgetsTitle')} description={t('analytics.noBudgets')} />
        ) : undefined
      }
      columns={[
        { key: 'month', title: t('analytics.month') },
        { key: 'budget', title: t('analytics.budget'), numeric: true },
        { key: 'actual', title: t('analytics.actual'), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.month,
        cells: [
          monthLabel(row.month),
          <Money key="b" minor={row.budget} currency={report.currency} />,
          <Money key="a" minor={row.actual} currency={report.currency} />,
        ],
      }))}
    >
      {(a11y) => (
        <Bar
          {...a11y}
          data={{
            labels: rows.map((row) => monthLabel(row.month)),
            datasets: [
              {
                label: t('analytics.budget'),
                data: rows.map((row) => row.budget),
                backgroundColor: theme.palette[0],
                borderRadius: 4,
              },
              {
                label: t('analytics.actual'),
                data: rows.map((row) => row.actual),
                backgroundColor: rows.map((row) =>
                  row.actual > row.budget ? theme.expense : theme.income,
                ),
                borderRadius: 4,
              },
            ],
          }}
          options={{
            maintainAspectRatio: false,
            plugins: basePlugins(theme, format),
            scales: moneyScales(theme, axisFormat),
          }}
        />
      )}
    </ChartCard>
  );
}
