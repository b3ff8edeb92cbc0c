import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePurseQuery } from '../../api/use-purse-query';
import { useMonthLabel } from '../../charts/use-money-format';
import { MonthPicker } from '../../components/month-picker';
import { PageHeader } from '../../components/page-header';
import { PageQueries } from '../../components/page-queries';
import { navigate, navigatePath } from '../../shell/use-route';
import { MonthlyReportBody } from './monthly-report-body';
import { useNames } from './use-names';
import { useReportCsv } from './use-report-csv';
import { useUnusualPayments } from './use-unusual-payments';

/** A month in review: totals, the biggest changes, budgets missed, unusual payments. */
export function MonthlyReportPage({ month }: { readonly month: string }) {
  const { t } = useTranslation();
  const report = usePurseQuery('reports.monthly', { month });
  const names = useNames();
  const unusual = useUnusualPayments(month, names);
  const csv = useReportCsv(month, names, unusual);
  const monthLabel = useMonthLabel();
  const loaded = report.data && names.ready ? report.data : undefined;

  return (
    <>
      <PageHeader
        title={t('analytics.report.title', { month: monthLabel(month) })}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('analytics')}>
              {t('analytics.report.back')}
            </Button>
            <MonthPicker
              label={t('analytics.periods.month')}
              month={month}
              onChange={(picked) => navigatePath('analytics', ['report', picked])}
            />
            <Button
              type="primary"
              icon={<DownloadOutlined aria-hidden />}
              disabled={!loaded}
              loading={csv.saving}
              onClick={() => {
                if (loaded) csv.exportCsv(loaded);
              }}
            >
              {t('analytics.report.exportCsv')}
            </Button>
          </>
        }
      />
      <PageQueries queries={[report, ...names.queries]} data={loaded} loadingRows={8}>
        {(data) => <MonthlyReportBody report={data} names={names} unusual={unusual} />}
      </PageQueries>
    </>
  );
}
