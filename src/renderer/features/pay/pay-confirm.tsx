import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minorDigits } from '../../../shared/currencies';
import type { Account } from '../../../shared/domain';
import { isErrorCode } from '../../../shared/errors';
import { formatMoney } from '../../../shared/money';
import type { PaymentPreview } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { PageLoading } from '../../components/page-state';
import type { DescribableError } from '../../i18n/describe-error';
import { useFormattingLocale } from '../../i18n/use-locale';
import { MoneyConfirm, MoneySheet, type SheetControls } from '../money/confirm-sheet';
import { RiskReasons } from '../money/risk-reasons';
import { useConfirmedView, type MoneySheetProps } from '../money/use-money-flow';
import type { CouponChoice, PayRequest } from './pay-request';
import { PaySummary, useCouponOptions } from './pay-summary';
import { usePaymentPreview } from './use-payment-preview';

export interface PayConfirmSheetProps extends MoneySheetProps<PayRequest> {
  readonly account: Account | undefined;
}

/** "Continue" on the pay form opens this: what the payment will do, then the PIN. */
export function PayConfirmSheet({ open, request, account, onClose, onDone }: PayConfirmSheetProps) {
  const { t } = useTranslation();
  return (
    <MoneySheet open={open} title={t('pay.sheet.title')} onClose={onClose} onDone={onDone}>
      {(controls) =>
        request ? <PayConfirmBody request={request} account={account} controls={controls} /> : null
      }
    </MoneySheet>
  );
}

/** A limit problem with the details the refusal panel needs, from the preview's limits. */
function limitProblem(preview: PaymentPreview): DescribableError {
  const unit = 10 ** minorDigits(preview.currency);
  const { limits } = preview;
  const perPayment = preview.total > limits.effective.perPayment * unit;
  const yearly =
    !perPayment && limits.roomThisYear < limits.effective.daily * unit - limits.usedToday;
  return {
    code: 'LIMIT_EXCEEDED',
    details: {
      limit: perPayment ? 'perPayment' : yearly ? 'yearly' : 'daily',
      max: perPayment
        ? limits.effective.perPayment * unit
        : yearly
          ? limits.effective.yearly * unit
          : limits.effective.daily * unit,
      roomToday: limits.roomToday,
      currency: preview.currency,
      tier: limits.tier,
    },
  };
}

function problemOf(preview: PaymentPreview): DescribableError | null {
  const problem = preview.problem;
  if (!problem) return null;
  if (problem.code === 'LIMIT_EXCEEDED') return limitProblem(preview);
  if (problem.code === 'INSUFFICIENT_FUNDS') {
    return {
      code: 'INSUFFICIENT_FUNDS',
      details: {
        balance: preview.balanceBefore,
        needed: preview.total,
        currency: preview.currency,
      },
    };
  }
  return { code: isErrorCode(problem.code) ? problem.code : 'INTERNAL' };
}

function PayConfirmBody({
  request,
  account,
  controls,
}: {
  readonly request: PayRequest;
  readonly account: Account | undefined;
  readonly controls: SheetControls;
}) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const [choice, setChoice] = useState<CouponChoice>('best');
  const { merchantName: _name, merchantId: _id, ...payment } = request;
  const preview = usePaymentPreview({ ...payment, promotion: choice });
  const create = usePurseMutation('payments.create');
  // While the payment is on its way (and as the sheet closes) it shows what was confirmed,
  // not the refreshed preview of a payment that has already been made.
  const confirmed = useConfirmedView(preview.data, controls);
  const data = confirmed.view;
  const coupons = useCouponOptions(request, account, data?.promotion ?? null);

  if (!data) {
    if (preview.error) {
      return (
        <MoneyConfirm
          onClose={controls.onClose}
          summary={null}
          confirmLabel={t('pay.sheet.pay')}
          problem={preview.error}
          submit={() => Promise.reject(preview.error)}
          onDone={controls.onDone}
          onRecovered={() => void preview.refetch()}
          onBusy={controls.onBusy}
        />
      );
    }
    return <PageLoading rows={5} />;
  }

  const applied = data.promotion;
  const problem = confirmed.sending ? null : (preview.error ?? problemOf(data));
  const summary = (
    <PaySummary
      request={request}
      data={data}
      accountName={account?.name}
      coupon={{
        options: coupons,
        selected: choice === 'none' ? 'none' : (applied?.id ?? 'none'),
        onChoose: setChoice,
      }}
    />
  );
  return (
    <MoneyConfirm
      onClose={controls.onClose}
      summary={summary}
      notice={<RiskNotice risk={data.risk} />}
      confirmLabel={t('pay.sheet.payAmount', {
        amount: formatMoney(data.total, data.currency, locale),
      })}
      problem={problem}
      pending={!confirmed.sending && preview.isFetching}
      submit={(requestId, auth) => {
        confirmed.freeze(data);
        return create.mutateAsync({
          ...payment,
          // Exactly the coupon the sheet shows, or none: never a surprise.
          promotion: applied ? { id: applied.id } : 'none',
          requestId,
          auth,
        });
      }}
      onDone={confirmed.onDone}
      onRecovered={() => void preview.refetch()}
      onBackFromRefusal={(error) => {
        if (error.code === 'PROMOTION_INVALID') setChoice('best');
      }}
      onBusy={confirmed.onBusy}
    />
  );
}

/** A heads-up above the PIN when the risk rules will ask for more, or refuse. */
function RiskNotice({ risk }: { readonly risk: PaymentPreview['risk'] }) {
  const { t } = useTranslation();
  if (risk.outcome === 'allow') return null;
  return (
    <Alert
      className="purse-sheet-notice"
      type={risk.outcome === 'block' ? 'error' : 'info'}
      showIcon
      title={risk.outcome === 'block' ? t('pay.sheet.riskBlock') : t('pay.sheet.riskStepUp')}
      description={<RiskReasons reasons={risk.reasons} />}
    />
  );
}
