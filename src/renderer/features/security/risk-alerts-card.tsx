import { App, Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RiskAlert } from '../../../shared/payments';
import { formatMoney } from '../../../shared/money';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateTime } from '../../components/date-time';
import { FormError } from '../../components/form-error';
import { Money } from '../../components/money';
import { PageEmpty, PageError, PageLoading } from '../../components/page-state';
import { useFormattingLocale } from '../../i18n/use-locale';
import { SectionCard } from '../../components/section-card';

const RESULT_COLOURS = { completed: 'success', stopped: 'default', blocked: 'error' } as const;

/** Payments the risk rules flagged, what happened to each, and "This was me". */
export function RiskAlertsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useFormattingLocale();
  const alerts = usePurseQuery('risk.alerts');
  const counterparties = usePurseQuery('counterparties.list');
  const mark = usePurseMutation('risk.markExpected', {
    onSuccess: () => void message.success(t('risk.marked')),
  });
  const payeeName = (alert: RiskAlert) =>
    alert.counterpartyId
      ? (counterparties.data?.find((c) => c.id === alert.counterpartyId)?.name ??
        t('risk.unknownPayee'))
      : null;

  const columns: TableColumnsType<RiskAlert> = [
    {
      key: 'when',
      title: t('risk.when'),
      render: (_v, alert) => <DateTime value={alert.at} />,
    },
    {
      key: 'payment',
      title: t('risk.payment'),
      render: (_v, alert) => (
        <div>
          <div className="purse-txn-cell__title">{t(`transactions.kinds.${alert.kind}`)}</div>
          {payeeName(alert) ? <div className="purse-txn-cell__memo">{payeeName(alert)}</div> : null}
        </div>
      ),
    },
    {
      key: 'amount',
      title: t('risk.amount'),
      align: 'right',
      render: (_v, alert) => <Money minor={alert.amount} currency={alert.currency} strong />,
    },
    {
      key: 'why',
      title: t('risk.why'),
      render: (_v, alert) => (
        <ul className="purse-reasons">
          {alert.reasons.map((reason) => (
            <li key={reason}>{t(`risk.reasons.${reason}`)}</li>
          ))}
        </ul>
      ),
    },
    {
      key: 'result',
      title: t('risk.result'),
      render: (_v, alert) => (
        <Tag color={RESULT_COLOURS[alert.result]}>{t(`risk.results.${alert.result}`)}</Tag>
      ),
    },
    {
      key: 'action',
      title: <span className="purse-visually-hidden">{t('risk.thisWasMe')}</span>,
      align: 'right',
      render: (_v, alert) =>
        alert.expected ? (
          <Typography.Text type="secondary">{t('risk.expected')}</Typography.Text>
        ) : (
          <Button
            size="small"
            loading={mark.isPending && mark.variables?.id === alert.id}
            aria-label={t('risk.thisWasMeNamed', {
              amount: formatMoney(alert.amount, alert.currency, locale),
              date: new Intl.DateTimeFormat(locale, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }).format(alert.at),
            })}
            onClick={() => mark.mutate({ id: alert.id })}
          >
            {t('risk.thisWasMe')}
          </Button>
        ),
    },
  ];

  const body = () => {
    if (alerts.isError)
      return <PageError error={alerts.error} onRetry={() => void alerts.refetch()} />;
    if (!alerts.data) return <PageLoading rows={3} />;
    if (alerts.data.length === 0)
      return <PageEmpty title={t('risk.emptyTitle')} description={t('risk.empty')} />;
    return (
      <>
        <Typography.Paragraph type="secondary">{t('risk.intro')}</Typography.Paragraph>
        <FormError error={mark.error} />
        <Table<RiskAlert>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={alerts.data}
          pagination={alerts.data.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 'max-content' }}
        />
      </>
    );
  };

  return <SectionCard title={t('risk.title')}>{body()}</SectionCard>;
}
