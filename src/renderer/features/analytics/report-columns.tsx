import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryChange, MonthlyReport } from '../../../shared/analytics';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';
import { rightColumn } from '../../components/table-columns';
import { useChangePercent } from './change-percent';
import type { Names } from './use-names';
import type { Unusual, UnusualPayments } from './use-unusual-payments';

export type Missed = MonthlyReport['budgetsMissed'][number];

/** The columns of the monthly report's three tables: changes, budgets missed, unusual payments. */
export function useReportColumns(report: MonthlyReport, names: Names, payments: UnusualPayments) {
  const { t } = useTranslation();
  const changePercent = useChangePercent();
  const money = <T extends object>(key: string, title: string, minor: (row: T) => number) =>
    rightColumn(key, title, (row: T) => <Money minor={minor(row)} currency={report.currency} />);
  const category = <T extends { readonly categoryId: string }>() => ({
    key: 'category',
    title: t('analytics.category'),
    render: (_v: unknown, row: T): ReactNode => names.category(row.categoryId),
  });
  const changes: TableColumnsType<CategoryChange> = [
    category<CategoryChange>(),
    money(
      'thisMonth',
      t('analytics.report.thisMonth'),
      (change: CategoryChange) => change.thisMonth,
    ),
    money(
      'lastMonth',
      t('analytics.report.lastMonth'),
      (change: CategoryChange) => change.lastMonth,
    ),
    money('average3', t('analytics.report.average3'), (change: CategoryChange) => change.average3),
    rightColumn('change', t('analytics.report.change'), (change: CategoryChange) => (
      <span className={changeClassName(change)}>{changePercent(change)}</span>
    )),
  ];
  const missed: TableColumnsType<Missed> = [
    category<Missed>(),
    money('available', t('budgets.available'), (line: Missed) => line.available),
    money('spent', t('budgets.spent'), (line: Missed) => line.spent),
  ];
  const unusual: TableColumnsType<Unusual> = [
    {
      key: 'date',
      title: t('transactions.date'),
      render: (_v, entry) => {
        const txn = payments.transaction(entry);
        return txn ? <DateTime value={txn.occurredAt} /> : null;
      },
    },
    {
      key: 'details',
      title: t('transactions.details'),
      render: (_v, entry) => payments.title(entry),
    },
    {
      key: 'reason',
      title: t('analytics.report.reason'),
      render: () => t('analytics.report.reasons.farAboveUsual'),
    },
    money('amount', t('analytics.amount'), (entry: Unusual) => entry.amount),
  ];
  return { changes, missed, unusual };
}

function changeClassName(change: CategoryChange) {
  if (change.changePercent === null) return 'purse-budget-note';
  return change.changePercent > 0 ? 'purse-report-change--up' : 'purse-report-change--down';
}
