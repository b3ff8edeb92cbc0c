import { Doughnut } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { AnalyticsReport } from '../../../shared/analytics';
import '../../charts/register';
import { ChartCard } from '../../charts/chart-card';
import { basePlugins } from '../../charts/chart-options';
import { useChartTheme } from '../../charts/use-chart-theme';
import { useMoneyFormat } from '../../charts/use-money-format';
import { Money } from '../../components/money';
import { PageEmpty } from '../../components/page-state';
import { clickableElements } from './chart-clicks';
import { historyHref, openInHistory, type MonthSpan } from './history-link';

export interface SpendingDoughnutProps {
  /** Its spending per category and money sent to people; its months, which a segment opens. */
  readonly report: AnalyticsReport;
  readonly categoryName: (id: string) => string;
}

/**
 * Where the money went: spending by category, and to people on a line of its own. A
 * segment, like its row in the table, opens History filtered to it and the period.
 */
export function SpendingDoughnut({ report, categoryName }: SpendingDoughnutProps) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const { currency } = report;
  const period: MonthSpan = report;
  const format = useMoneyFormat(currency);
  const rows = report.spendingByCategory.filter((entry) => entry.amount > 0);
  const total = rows.reduce((sum, entry) => sum + entry.amount, 0);
  const labels = rows.map((entry) => categoryName(entry.categoryId));
  return (
    <ChartCard
      testId="chart-spending"
      title={t('analytics.spendingByCategory')}
      summary={t('analytics.spendingSummary', { total: format(total), count: rows.length })}
      empty={
        rows.length === 0 ? (
          <PageEmpty
            title={t('analytics.noSpendingTitle')}
            description={t('analytics.noSpending')}
          />
        ) : undefined
      }
      columns={[
        { key: 'category', title: t('analytics.category') },
        { key: 'amount', title: t('analytics.amount'), numeric: true },
        { key: 'share', title: t('analytics.share'), numeric: true },
      ]}
      rows={rows.map((entry) => ({
        key: entry.categoryId,
        cells: [
          <a key="open" href={historyHref(period, { categoryId: entry.categoryId })}>
            {categoryName(entry.categoryId)}
          </a>,
          <Money key="amount" minor={entry.amount} currency={currency} />,
          `${total ? Math.round((entry.amount / total) * 100) : 0}%`,
        ],
      }))}
      height={300}
    >
      {(a11y) => (
        <Doughnut
          {...a11y}
          data={{
            labels,
            datasets: [
              {
                data: rows.map((entry) => entry.amount),
                backgroundColor: rows.map(
                  (_entry, index) => theme.palette[index % theme.palette.length],
                ),
                borderColor: theme.background,
                borderWidth: 2,
              },
            ],
          }}
          options={{
            maintainAspectRatio: false,
            cutout: '60%',
            plugins: {
              ...basePlugins(theme, format),
              legend: { ...basePlugins(theme, format).legend, position: 'right' },
            },
            ...clickableElements((index) => {
              const entry = rows[index];
              if (entry) openInHistory(period, { categoryId: entry.categoryId });
            }),
          }}
        />
      )}
    </ChartCard>
  );
}
