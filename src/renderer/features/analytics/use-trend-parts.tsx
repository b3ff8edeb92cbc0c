import { useTranslation } from 'react-i18next';
import type { AnalyticsReport } from '../../../shared/analytics';
import { basePlugins, moneyScales } from '../../charts/chart-options';
import { useChartTheme } from '../../charts/use-chart-theme';
import { useAxisMoneyFormat, useMoneyFormat, useMonthLabel } from '../../charts/use-money-format';
import { PageEmpty } from '../../components/page-state';

/** What the three month-by-month charts share: theme, labels, plugins, scales, the empty state. */
export function useTrendParts(report: AnalyticsReport) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const format = useMoneyFormat(report.currency);
  const axisFormat = useAxisMoneyFormat(report.currency);
  const monthLabel = useMonthLabel();
  const scales = moneyScales(theme, axisFormat);
  const quiet = report.months.every((month) => month.income === 0 && month.expense === 0);
  return {
    t,
    theme,
    monthLabel,
    labels: report.months.map((month) => monthLabel(month.month)),
    plugins: basePlugins(theme, format),
    scales,
    lineScales: { ...scales, y: { ...scales.y, beginAtZero: false } },
    noActivity: quiet ? (
      <PageEmpty title={t('analytics.noSpendingTitle')} description={t('analytics.noActivity')} />
    ) : undefined,
    monthColumn: { key: 'month', title: t('analytics.month') },
  };
}

export type TrendParts = ReturnType<typeof useTrendParts>;
