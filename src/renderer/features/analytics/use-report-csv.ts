import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../../../shared/analytics';
import { formatMoney } from '../../../shared/money';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useMonthLabel } from '../../charts/use-money-format';
import { useDescribeError } from '../../components/use-describe-error';
import { useFormattingLocale } from '../../i18n/use-locale';
import { useChangePercent } from './change-percent';
import type { Names } from './use-names';
import type { UnusualPayments } from './use-unusual-payments';

/** Saves the monthly report as a CSV file, in the UI language, where the person chooses. */
export function useReportCsv(month: string, names: Names, unusual: UnusualPayments) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const describe = useDescribeError();
  const monthLabel = useMonthLabel();
  const locale = useFormattingLocale();
  const changePercent = useChangePercent();
  const saveCsv = usePurseMutation('reports.saveCsv');

  const reportRows = (data: MonthlyReport): string[][] => {
    const money = (minor: number) => formatMoney(minor, data.currency, locale);
    return [
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
        unusual.title(entry),
        money(entry.amount),
        t('analytics.report.reasons.farAboveUsual'),
      ]),
    ];
  };

  const exportCsv = (data: MonthlyReport) =>
    saveCsv.mutate(
      { month, rows: reportRows(data) },
      {
        onSuccess: ({ saved }) => {
          if (saved) void message.success(t('analytics.report.saved'));
        },
        onError: (error) => void message.error(describe(error)),
      },
    );

  return { exportCsv, saving: saveCsv.isPending };
}
