import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';
import { rightColumn } from '../../components/table-columns';
import { TableCard } from '../../components/table-card';
import type { Unusual, UnusualPayments } from './use-unusual-payments';

/** Payments far above what the category usually costs. */
export function ReportUnusualTable({
  entries,
  payments,
  currency,
}: {
  readonly entries: readonly Unusual[];
  readonly payments: UnusualPayments;
  readonly currency: CurrencyCode;
}) {
  const { t } = useTranslation();
  return (
    <TableCard<Unusual>
      title={t('analytics.report.unusual')}
      emptyText={t('analytics.report.noneUnusual')}
      rowKey="txnId"
      rows={entries}
      columns={[
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
        rightColumn('amount', t('analytics.amount'), (entry: Unusual) => (
          <Money minor={entry.amount} currency={currency} />
        )),
      ]}
    />
  );
}
