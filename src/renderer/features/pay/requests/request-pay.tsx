import { Alert, Button, Card, Form, Result } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { minorDigits } from '../../../../shared/currencies';
import { systemTimeZone } from '../../../../shared/dates';
import type { Account } from '../../../../shared/domain';
import { formatMoney } from '../../../../shared/money';
import {
  isOverPerPaymentLimit,
  parsePaymentRequest,
  type PaymentRequest,
} from '../../../../shared/payment-request';
import type { MoneyResult } from '../../../../shared/payments';
import { usePurseQuery } from '../../../api/use-purse-query';
import { DetailList } from '../../../components/detail-list';
import { Money } from '../../../components/money';
import { PageError, PageLoading } from '../../../components/page-state';
import { useFormattingLocale } from '../../../i18n/use-locale';
import { navigate } from '../../../shell/use-route';
import { HelpLink } from '../../help/help-link';
import { ContinueActions } from '../../money/money-form-parts';
import { useMoneyFlow } from '../../money/use-money-flow';
import { PayConfirmSheet } from '../pay-confirm';
import { PayFromFields } from '../pay-from-fields';
import type { PayRequest } from '../pay-request';
import { findByName } from '../../../components/payee-field';
import { requestProblem } from './request-problem';
import { payingAccount } from '../../../components/account-select';

export interface RequestPayProps {
  /** The request as it came (#/pay?request=…): parsed again here, never trusted. */
  readonly link: string | null;
  /** Why main refused a link the OS handed Purse (#/pay?requestProblem=…). */
  readonly refused: string | null;
  readonly accounts: readonly Account[];
  readonly onPaid: (result: MoneyResult) => void;
}

/** A merchant's payment request, prefilled for review; the PIN sheet pays it as usual. */
export function RequestPay({ link, refused, accounts, onPaid }: RequestPayProps) {
  const parsed = useMemo(() => (link === null ? null : parsePaymentRequest(link)), [link]);
  if (refused !== null || !parsed) return <RequestRefused problem={refused ?? 'not-a-request'} />;
  if (!parsed.ok) return <RequestRefused problem={parsed.problem} />;
  return <RequestReview request={parsed.request} accounts={accounts} onPaid={onPaid} />;
}

function RequestRefused({ problem }: { readonly problem: string }) {
  const { t } = useTranslation();
  return (
    <Card className="purse-card purse-form-card">
      <Result
        status="warning"
        role="alert"
        data-problem={problem}
        title={t('payRequests.refusedTitle')}
        subTitle={t(`payRequests.problems.${requestProblem(problem)}`)}
        extra={[
          <Button key="back" type="primary" onClick={() => navigate('pay')}>
            {t('payRequests.back')}
          </Button>,
          <HelpLink key="help" topic="payment-requests" />,
        ]}
      />
    </Card>
  );
}

interface ReviewValues {
  accountId?: string;
  categoryId?: string;
}

function RequestReview({
  request,
  accounts,
  onPaid,
}: {
  readonly request: PaymentRequest;
  readonly accounts: readonly Account[];
  readonly onPaid: (result: MoneyResult) => void;
}) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const usable = accounts.filter((account) => account.currency === request.currency);
  const limits = usePurseQuery('limits.get', {
    currency: request.currency,
    timeZone: systemTimeZone(),
  });
  const merchants = usePurseQuery('counterparties.list', { kind: 'merchant' });
  const flow = useMoneyFlow<PayRequest>(onPaid);

  if (limits.isError)
    return <PageError error={limits.error} onRetry={() => void limits.refetch()} />;
  if (!limits.data || !merchants.data) return <PageLoading />;

  const overLimit = isOverPerPaymentLimit(request, limits.data.effective.perPayment);
  const max = formatMoney(
    limits.data.effective.perPayment * 10 ** minorDigits(request.currency),
    request.currency,
    locale,
  );

  const submit = (values: ReviewValues) => {
    const account = usable.find((candidate) => candidate.id === values.accountId);
    if (!account) return;
    const existing = findByName(merchants.data, request.merchant);
    flow.confirm({
      accountId: account.id,
      merchant: existing ? { id: existing.id } : { name: request.merchant },
      merchantName: existing?.name ?? request.merchant,
      ...(existing ? { merchantId: existing.id } : {}),
      amount: request.amount,
      ...(values.categoryId ? { categoryId: values.categoryId } : {}),
      ...(request.note ? { memo: request.note } : {}),
      ...(request.order ? { orderRef: request.order } : {}),
      timeZone: systemTimeZone(),
    });
  };

  return (
    <Card className="purse-card purse-form-card purse-request-review">
      <h2 className="purse-request-review__title">{t('payRequests.reviewTitle')}</h2>
      <p className="purse-request-review__intro">{t('payRequests.reviewIntro')}</p>
      <DetailList
        items={[
          { key: 'merchant', label: t('payRequests.merchant'), value: request.merchant },
          {
            key: 'amount',
            label: t('payRequests.amount'),
            value: <Money minor={request.amount} currency={request.currency} strong />,
            strong: true,
          },
          request.order
            ? {
                key: 'order',
                label: t('payRequests.order'),
                value: <span className="purse-mono">{request.order}</span>,
              }
            : null,
          request.note ? { key: 'note', label: t('payRequests.note'), value: request.note } : null,
        ]}
      />
      {overLimit ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-problem="over-limit"
          title={t('payRequests.overLimit', { max })}
          description={<HelpLink code="LIMIT_EXCEEDED" />}
        />
      ) : usable.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('payRequests.noAccount', { currency: request.currency })}
        />
      ) : (
        <Form<ReviewValues>
          layout="vertical"
          requiredMark="optional"
          initialValues={{ accountId: payingAccount(usable)?.id }}
          onFinish={submit}
          className="purse-request-review__form"
        >
          <PayFromFields accounts={usable} />
          <ContinueActions>
            <Button onClick={() => navigate('pay')}>{t('payRequests.cancel')}</Button>
          </ContinueActions>
        </Form>
      )}
      <PayConfirmSheet
        {...flow.sheet}
        account={usable.find((candidate) => candidate.id === flow.request?.accountId)}
      />
    </Card>
  );
}
