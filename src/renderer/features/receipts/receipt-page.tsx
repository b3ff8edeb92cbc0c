import { ArrowLeftOutlined, PrinterOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PurseError } from '../../../shared/errors';
import { formatMoney } from '../../../shared/money';
import { usePurseQuery } from '../../api/use-purse-query';
import { PageHeader } from '../../components/page-header';
import {
  firstQueryError,
  PageError,
  PageLoading,
  PageQueriesError,
} from '../../components/page-state';
import { useFormattingLocale } from '../../i18n/use-locale';
import { navigate } from '../../shell/use-route';
import { ReceiptView } from './receipt-view';
import { RefundSheet } from './refund-sheet';
import { refundableOf } from './refundable';
import './receipt.css';

export interface ReceiptPageProps {
  readonly id: string | null;
  /** Opens the refund sheet at once (`&refund=1`: History's "Refund…" on a payment). */
  readonly startRefund?: boolean;
}

/** A receipt (`#/receipt?id=<transaction>`): printable, with a Refund action for payments. */
export function ReceiptPage({ id, startRefund = false }: ReceiptPageProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useFormattingLocale();
  const receipt = usePurseQuery('receipts.get', { id: id ?? '' }, { enabled: id !== null });
  const accounts = usePurseQuery('accounts.list', { includeArchived: true });
  const categories = usePurseQuery('categories.list', { includeArchived: true });
  const [refunding, setRefunding] = useState(startRefund);

  const data = receipt.data;
  const txn = data?.transaction;
  const refundable = data ? refundableOf(data) : 0;
  const canRefund = txn?.kind === 'payment' && refundable > 0;

  const body = () => {
    if (id === null) {
      return (
        <PageError
          error={new PurseError('NOT_FOUND', 'No receipt was named.')}
          onRetry={() => navigate('home')}
        />
      );
    }
    const queries = [receipt, accounts, categories];
    if (firstQueryError(queries)) return <PageQueriesError queries={queries} />;
    if (!data || !accounts.data || !categories.data) return <PageLoading rows={8} />;
    return (
      <Card className="purse-card purse-receipt-card">
        <ReceiptView receipt={data} accounts={accounts.data} categories={categories.data} />
      </Card>
    );
  };

  return (
    <>
      <PageHeader
        title={txn ? t(`receipt.titles.${txn.kind}`) : t('receipt.title')}
        extra={
          <div className="purse-no-print purse-page-actions">
            <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => window.history.back()}>
              {t('receipt.back')}
            </Button>
            <Button
              icon={<PrinterOutlined aria-hidden />}
              onClick={() => window.print()}
              disabled={!data}
            >
              {t('receipt.print')}
            </Button>
            {canRefund ? (
              <Button
                type="primary"
                icon={<RollbackOutlined aria-hidden />}
                onClick={() => setRefunding(true)}
              >
                {t('receipt.refund.action')}
              </Button>
            ) : null}
          </div>
        }
      />
      {body()}
      {data && txn?.kind === 'payment' ? (
        <RefundSheet
          open={refunding && canRefund}
          receipt={data}
          onClose={() => setRefunding(false)}
          onRefunded={(result) => {
            setRefunding(false);
            void message.success(
              t('receipt.refund.done', {
                amount: formatMoney(result.transaction.amount, result.transaction.currency, locale),
              }),
            );
          }}
        />
      ) : null}
    </>
  );
}
