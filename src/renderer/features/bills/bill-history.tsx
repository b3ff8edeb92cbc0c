import { useTranslation } from 'react-i18next';
import type { BillView } from '../../../shared/bills';
import type { Transaction } from '../../../shared/domain';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateTime, formatMonthKey } from '../../components/date-time';
import { Money } from '../../components/money';
import { PageError, PageLoading } from '../../components/page-state';
import { useFormattingLocale } from '../../i18n/use-locale';
import { hrefOf } from '../../shell/routes';
import { navigate } from '../../shell/use-route';
import { SectionCard } from '../../components/section-card';
import { TitledSection } from '../../components/titled-section';
import { TitledTable } from '../../components/titled-table';

/** What was paid for a bill: each payment (with its receipt) and the total per month. */
export function BillHistory({ bill }: { readonly bill: BillView }) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const history = usePurseQuery('bills.history', { billId: bill.id });

  const body = () => {
    if (history.error) {
      return <PageError error={history.error} onRetry={() => void history.refetch()} />;
    }
    if (!history.data) return <PageLoading rows={3} />;
    const { payments, byMonth } = history.data;
    if (payments.length === 0) {
      return <p className="purse-muted purse-bill-section__empty">{t('bills.history.empty')}</p>;
    }
    return (
      <div className="purse-bill-history">
        <TitledTable<Transaction>
          title={t('bills.history.payments')}
          titleClassName="purse-bill-history__title"
          rowKey="id"
          rows={payments}
          pageSize={10}
          columns={[
            {
              key: 'date',
              title: t('bills.history.paidOn'),
              render: (_value, payment) => <DateTime value={payment.occurredAt} />,
            },
            {
              key: 'amount',
              title: t('bills.history.amount'),
              align: 'right',
              render: (_value, payment) => (
                <Money minor={payment.amount} currency={payment.currency} />
              ),
            },
            {
              key: 'receipt',
              title: <span className="purse-visually-hidden">{t('bills.history.receipt')}</span>,
              align: 'right',
              render: (_value, payment) => (
                <a
                  href={hrefOf('receipt', { id: payment.id })}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate('receipt', { id: payment.id });
                  }}
                >
                  {t('bills.history.receipt')}
                </a>
              ),
            },
          ]}
        />
        <TitledSection
          level={3}
          title={t('bills.history.byMonth')}
          titleClassName="purse-bill-history__title"
        >
          <dl className="purse-bill-months">
            {byMonth.map((entry) => (
              <div key={entry.month} className="purse-bill-months__row">
                <dt>{formatMonthKey(entry.month, locale)}</dt>
                <dd>
                  <Money minor={entry.total} currency={bill.currency} strong />
                </dd>
              </div>
            ))}
          </dl>
        </TitledSection>
      </div>
    );
  };

  return (
    <SectionCard className="purse-bill-section" title={t('bills.history.title')}>
      {body()}
    </SectionCard>
  );
}
