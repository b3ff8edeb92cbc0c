import { FileTextOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { usePurseQuery } from '../../api/use-purse-query';
import { PageHeader } from '../../components/page-header';
import { PageQueries } from '../../components/page-queries';
import { navigatePath } from '../../shell/use-route';
import { isMonthKey, thisMonth } from '../../components/month-key';
import './analytics.css';
import { AnalyticsOverviewBody } from './analytics-overview-body';
import { CurrencyPicker } from './currency-picker';
import { MonthlyReportPage } from './monthly-report-page';
import { periodAround, trendRange, type Period } from './period';
import { PeriodPicker } from './period-picker';
import { useNames } from './use-names';

/** Analytics, or below it the monthly report: "#/analytics/report/2026-11". */
export function AnalyticsPage({ path }: { readonly path: readonly string[] }) {
  if (path[0] === 'report') {
    const month = isMonthKey(path[1]) ? path[1] : thisMonth();
    return <MonthlyReportPage key={month} month={month} />;
  }
  return <AnalyticsOverview />;
}

/**
 * The period's figures in one currency: the one picked, else the one the ledger chooses (the
 * default currency when it has money in the period, else the busiest), which the trend
 * charts then follow.
 */
function AnalyticsOverview() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>(() => periodAround('month', thisMonth()));
  const [picked, setPicked] = useState<CurrencyCode | undefined>();
  const report = usePurseQuery('analytics.report', {
    from: period.from,
    to: period.to,
    ...(picked ? { currency: picked } : {}),
  });
  const currency = report.data?.currency;
  const trend = usePurseQuery(
    'analytics.report',
    { ...trendRange(period), ...(currency ? { currency } : {}) },
    { enabled: currency !== undefined },
  );
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
  const loaded =
    report.data && trend.data && names.ready
      ? { report: report.data, trend: trend.data }
      : undefined;

  return (
    <>
      <PageHeader
        title={t('analytics.title')}
        extra={
          <>
            <PeriodPicker value={period} onChange={setPeriod} />
            {report.data ? <CurrencyPicker report={report.data} onChange={setPicked} /> : null}
            <Button
              icon={<FileTextOutlined aria-hidden />}
              onClick={() => navigatePath('analytics', ['report', period.to])}
            >
              {t('analytics.monthlyReport')}
            </Button>
          </>
        }
      />
      <PageQueries queries={queries} data={loaded} loadingRows={8}>
        {(data) => <AnalyticsOverviewBody report={data.report} trend={data.trend} names={names} />}
      </PageQueries>
    </>
  );
}
