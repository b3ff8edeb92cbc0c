import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CategoryChange, MonthlyReport } from '../../../shared/analytics';
import type { CurrencyCode } from '../../../shared/currencies';
import { formatMoney } from '../../../shared/money';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { useMonthLabel } from '../../charts/use-money-format';
import { DateTime } from '../../components/date-time';
import { useDescribeError } from '../../components/use-describe-error';
import { Money } from '../../components/money';
import { PageHeader } from '../../components/page-header';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { useFormattingLocale } from '../../i18n/use-locale';
import { navigate, navigatePath } from '../../shell/use-route';
import { dayjsToMonth, monthToDayjs } from '../budgets/month-key';
import { useNames } from './use-names';

type Missed = MonthlyReport['budgetsMissed'][number];
type Unusual = MonthlyReport['unusual'][number];

/** A month in review: totals, the biggest changes, budgets missed, unusual payments. */
export function MonthlyReportPage({ month }: { readonly month: string }) {
  const { t } = useTranslation();
  const report = usePurseQuery('reports.monthly', { month });
  const unusualTxns = usePurseQuery('analytics.transactions', { from: month, to: month });
  const names = useNames();
  const saveCsv = usePurseMutation('reports.saveCsv');
  const { message } = App.useApp();
  const describe = useDescribeError();
  const monthLabel = useMonthLabel();
  const locale = useFormattingLocale();
  const queries = [report, ...names.queries];
  const failed = queries.find((query) => query.isError);
  const txnById = new Map((unusualTxns.data ?? []).map((txn) => [txn.id, txn]));

  const changePercent = (change: CategoryChange) =>
    change.changePercent === null
      ? t('analytics.report.noHistory')
      : `${change.changePercent > 0 ? '+' : ''}${change.changePercent}%`;

  const exportCsv = (data: MonthlyReport) => {
    const money = (minor: number) => formatMoney(minor, data.currency, locale);
    const rows: string[][] = [
      [t('analytics.report.title', { month: monthLabel(month) })],
      [],
      [t('analytics.income'), money(data.income)],
      [t('analytics.expense'), money(data.expense)],
      [t('analytics.net'), money(data.net)],
      [],
      [t('analytics.report.changes')],
      [
        t('analytics.category'),
        t('analytics.report.thisMonth'),
        t('analytics.report.lastMonth'),
        t('analytics.report.average3'),
        t('analytics.report.change'),
      ],
      ...data.changes.map((change) => [
        names.category(change.categoryId),
        money(change.thisMonth),
        money(change.lastMonth),
        money(change.average3),
        changePercent(change),
      ]),
      [],
      [t('analytics.report.budgetsMissed')],
      [t('analytics.category'), t('budgets.available'), t('budgets.spent')],
      ...data.budgetsMissed.map((missed) => [
        names.category(missed.categoryId),
        money(missed.available),
        money(missed.spent),
      ]),
      [],
      [t('analytics.report.unusual')],
      [t('transactions.details'), t('analytics.amount'), t('analytics.report.reason')],
      ...data.unusual.map((entry) => [
        unusualTitle(entry),
        money(entry.amount),
        t('analytics.report.reasons.farAboveUsual'),
      ]),
    ];
    saveCsv.mutate(
      { month, rows },
      {
        onSuccess: ({ saved }) => {
          if (saved) void message.success(t('analytics.report.saved'));
        },
        onError: (error) => void message.error(describe(error)),
      },
    );
  };

  const unusualTitle = (entry: Unusual) => {
    const txn = txnById.get(entry.txnId);
    if (!txn) return entry.txnId;
    if (txn.counterpartyId) return names.merchant(txn.counterpartyId);
    return txn.categoryId ? names.category(txn.categoryId) : t(`transactions.kinds.${txn.kind}`);
  };

  const body = () => {
    if (failed?.error) {
      return (
        <PageError
          error={failed.error}
          onRetry={() => queries.forEach((query) => void query.refetch())}
        />
      );
    }
    if (!report.data || !names.ready) return <PageLoading rows={8} />;
    const data = report.data;
    const currency: CurrencyCode = data.currency;
    const quiet = data.income === 0 && data.expense === 0 && data.changes.length === 0;
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
        <div className="purse-analytics-totals" role="list" aria-label={t('analytics.totals')}>
          {(['income', 'expense', 'net'] as const).map((key) => (
            <div key={key} className="purse-budget-tile" role="listitem">
              <div className="purse-budget-tile__label">{t(`analytics.${key}`)}</div>
              <div className="purse-budget-tile__value">
                <Money minor={data[key]} currency={currency} strong />
              </div>
            </div>
          ))}
        </div>
        <Card
          className="purse-card"
          title={<h2 className="purse-card-title">{t('analytics.report.changes')}</h2>}
        >
          <Table<CategoryChange>
            rowKey="categoryId"
            size="middle"
            pagination={false}
            aria-label={t('analytics.report.changes')}
            dataSource={[...data.changes]}
            locale={{ emptyText: t('analytics.report.noChanges') }}
            columns={[
              {
                key: 'category',
                title: t('analytics.category'),
                render: (_v, change) => names.category(change.categoryId),
              },
              moneyColumn('thisMonth', t('analytics.report.thisMonth'), currency),
              moneyColumn('lastMonth', t('analytics.report.lastMonth'), currency),
              moneyColumn('average3', t('analytics.report.average3'), currency),
              {
                key: 'change',
                title: t('analytics.report.change'),
                align: 'right',
                render: (_v, change) => (
                  <span
                    className={
                      change.changePercent === null
                        ? 'purse-budget-note'
                        : change.changePercent > 0
                          ? 'purse-report-change--up'
                          : 'purse-report-change--down'
                    }
                  >
                    {changePercent(change)}
                  </span>
                ),
              },
            ]}
          />
        </Card>
        <Card
          className="purse-card"
          title={<h2 className="purse-card-title">{t('analytics.report.budgetsMissed')}</h2>}
        >
          <Table<Missed>
            rowKey="categoryId"
            size="middle"
            pagination={false}
            aria-label={t('analytics.report.budgetsMissed')}
            dataSource={[...data.budgetsMissed]}
            locale={{ emptyText: t('analytics.report.noneMissed') }}
            columns={[
              {
                key: 'category',
                title: t('analytics.category'),
                render: (_v, missed) => names.category(missed.categoryId),
              },
              {
                key: 'available',
                title: t('budgets.available'),
                align: 'right',
                render: (_v, missed) => <Money minor={missed.available} currency={currency} />,
              },
              {
                key: 'spent',
                title: t('budgets.spent'),
                align: 'right',
                render: (_v, missed) => <Money minor={missed.spent} currency={currency} />,
              },
            ]}
          />
        </Card>
        <Card
          className="purse-card"
          title={<h2 className="purse-card-title">{t('analytics.report.unusual')}</h2>}
        >
          <Table<Unusual>
            rowKey="txnId"
            size="middle"
            pagination={false}
            aria-label={t('analytics.report.unusual')}
            dataSource={[...data.unusual]}
            locale={{ emptyText: t('analytics.report.noneUnusual') }}
            columns={[
              {
                key: 'date',
                title: t('transactions.date'),
                render: (_v, entry) => {
                  const txn = txnById.get(entry.txnId);
                  return txn ? <DateTime value={txn.occurredAt} /> : null;
                },
              },
              {
                key: 'details',
                title: t('transactions.details'),
                render: (_v, entry) => unusualTitle(entry),
              },
              {
                key: 'reason',
                title: t('analytics.report.reason'),
                render: () => t('analytics.report.reasons.farAboveUsual'),
              },
              {
                key: 'amount',
                title: t('analytics.amount'),
                align: 'right',
                render: (_v, entry) => <Money minor={entry.amount} currency={currency} />,
              },
            ]}
          />
        </Card>
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('analytics.report.title', { month: monthLabel(month) })}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('analytics')}>
              {t('analytics.report.back')}
            </Button>
            <DatePicker
              picker="month"
              allowClear={false}
              aria-label={t('analytics.periods.month')}
              value={monthToDayjs(month)}
              onChange={(value) => {
                if (value) navigatePath('analytics', ['report', dayjsToMonth(value)]);
              }}
            />
            <Button
              type="primary"
              icon={<DownloadOutlined aria-hidden />}
              disabled={!report.data || !names.ready}
              loading={saveCsv.isPending}
              onClick={() => {
                if (report.data) exportCsv(report.data);
              }}
            >
              {t('analytics.report.exportCsv')}
            </Button>
          </>
        }
      />
      {body()}
    </>
  );
}

function moneyColumn(
  key: 'thisMonth' | 'lastMonth' | 'average3',
  title: string,
  currency: CurrencyCode,
) {
  return {
    key,
    title,
    align: 'right' as const,
    render: (_v: unknown, change: CategoryChange) => (
      <Money minor={change[key]} currency={currency} />
    ),
  };
}
