import { ShopOutlined } from '@ant-design/icons';
import { Alert, Select, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minorDigits } from '../../../shared/currencies';
import type { Account } from '../../../shared/domain';
import { isErrorCode } from '../../../shared/errors';
import { formatMoney } from '../../../shared/money';
import type { MoneyResult, PaymentPreview } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { DetailList } from '../../components/detail-list';
import { Money } from '../../components/money';
import { PageLoading } from '../../components/page-state';
import type { DescribableError } from '../../i18n/describe-error';
import { useFormattingLocale } from '../../i18n/use-locale';
import { couponFits } from '../promotions/coupon-rules';
import { useCouponValue } from '../promotions/use-coupon-text';
import { ConfirmModal, MoneyConfirm } from '../money/confirm-sheet';
import { RiskReasons } from '../money/risk-reasons';
import { SheetAccount } from '../money/sheet-account';
import { useConfirmedView } from '../money/use-money-flow';
import type { CouponChoice, PayRequest } from './pay-request';
import { usePaymentPreview } from './use-payment-preview';

export interface PayConfirmSheetProps {
  readonly open: boolean;
  /** Kept while the sheet closes, so its content does not vanish mid-animation. */
  readonly request: PayRequest | null;
  readonly account: Account | undefined;
  readonly onClose: () => void;
  readonly onPaid: (result: MoneyResult) => void;
}

/** "Continue" on the pay form opens this: what the payment will do, then the PIN. */
export function PayConfirmSheet({ open, request, account, onClose, onPaid }: PayConfirmSheetProps) {
  const { t } = useTranslation();
  return (
    <ConfirmModal open={open} title={t('pay.sheet.title')} onClose={onClose}>
      {(onBusy) =>
        request ? (
          <PayConfirmBody
            request={request}
            account={account}
            onClose={onClose}
            onPaid={onPaid}
            onBusy={onBusy}
          />
        ) : null
      }
    </ConfirmModal>
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
  onClose,
  onPaid,
  onBusy,
}: {
  readonly request: PayRequest;
  readonly account: Account | undefined;
  readonly onClose: () => void;
  readonly onPaid: (result: MoneyResult) => void;
  readonly onBusy: (busy: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const couponValue = useCouponValue();
  const [choice, setChoice] = useState<CouponChoice>('best');
  const { merchantName: _name, merchantId: _id, ...payment } = request;
  const preview = usePaymentPreview({ ...payment, promotion: choice });
  const coupons = usePurseQuery('promotions.list');
  const create = usePurseMutation('payments.create');
  // While the payment is on its way (and as the sheet closes) it shows what was confirmed,
  // not the refreshed preview of a payment that has already been made.
  const confirmed = useConfirmedView(preview.data, { onBusy, onDone: onPaid });
  const data = confirmed.view;

  // The coupons that could apply, for "use another coupon" (the ledger decides in the end).
  const fitting = useMemo(() => {
    if (!account) return [];
    // Valid as of when the coupons were read (a render stays pure).
    const now = coupons.dataUpdatedAt;
    return (coupons.data ?? []).filter((coupon) =>
      couponFits(coupon, {
        amount: request.amount,
        currency: account.currency,
        merchantId: request.merchantId,
        now,
      }),
    );
  }, [coupons.data, coupons.dataUpdatedAt, account, request.amount, request.merchantId]);

  if (!data) {
    if (preview.error) {
      return (
        <MoneyConfirm
          onClose={onClose}
          summary={null}
          confirmLabel={t('pay.sheet.pay')}
          problem={preview.error}
          submit={() => Promise.reject(preview.error)}
          onDone={onPaid}
          onRecovered={() => void preview.refetch()}
          onBusy={onBusy}
        />
      );
    }
    return <PageLoading rows={5} />;
  }

  const money = (minor: number) => formatMoney(minor, data.currency, locale);
  const applied = data.promotion;
  const selected = choice === 'none' ? 'none' : (applied?.id ?? 'none');
  const options = [
    ...fitting.map((coupon) => ({
      value: coupon.id,
      label: (
        <span className="purse-coupon-option">
          <span className="purse-coupon-option__name">{coupon.name}</span>
          <span className="purse-coupon-option__value">{couponValue(coupon)}</span>
        </span>
      ),
      title: coupon.name,
    })),
    { value: 'none', label: t('pay.sheet.noCoupon'), title: t('pay.sheet.noCoupon') },
  ];
  // A coupon the preview applied is always among the choices, even if our filter missed it.
  if (applied && !fitting.some((coupon) => coupon.id === applied.id)) {
    options.unshift({
      value: applied.id,
      label: (
        <span className="purse-coupon-option">
          <span className="purse-coupon-option__name">{applied.name}</span>
          <span className="purse-coupon-option__value">{couponValue(applied)}</span>
        </span>
      ),
      title: applied.name,
    });
  }

  const summary = (
    <>
      <div className="purse-sheet-hero">
        <div className="purse-sheet-hero__payee">
          <ShopOutlined aria-hidden />
          <span>{request.merchantName}</span>
        </div>
        <div className="purse-sheet-hero__amount" data-testid="sheet-total">
          <Money minor={data.total} currency={data.currency} strong />
        </div>
        {data.discount > 0 ? (
          <div className="purse-sheet-hero__was">
            <s aria-label={t('pay.sheet.wasAria', { amount: money(data.grossAmount) })}>
              <Money minor={data.grossAmount} currency={data.currency} tone="muted" />
            </s>
            <Tag color="red" className="purse-saving-tag">
              {t('pay.sheet.saving', { amount: money(data.discount) })}
            </Tag>
          </div>
        ) : null}
      </div>
      <DetailList
        items={[
          {
            key: 'amount',
            label: t('pay.sheet.orderAmount'),
            value: <Money minor={data.grossAmount} currency={data.currency} />,
          },
          {
            key: 'coupon',
            label: t('pay.sheet.coupon'),
            value:
              options.length > 1 ? (
                <Select<string>
                  aria-label={t('pay.sheet.coupon')}
                  size="small"
                  value={selected}
                  onChange={(value) => setChoice(value === 'none' ? 'none' : { id: value })}
                  options={options}
                  virtual={false}
                  popupMatchSelectWidth={false}
                  className="purse-coupon-select"
                  optionLabelProp="title"
                />
              ) : (
                <span className="purse-muted">{t('pay.sheet.noCouponAvailable')}</span>
              ),
          },
          {
            key: 'discount',
            label: t('pay.sheet.discount'),
            value:
              data.discount > 0 ? (
                <Money minor={-data.discount} currency={data.currency} tone="positive" />
              ) : (
                <Money minor={0} currency={data.currency} tone="muted" />
              ),
          },
          {
            key: 'total',
            label: t('pay.sheet.total'),
            value: <Money minor={data.total} currency={data.currency} strong />,
            strong: true,
          },
          {
            key: 'account',
            label: t('pay.sheet.payFrom'),
            value: (
              <SheetAccount
                name={account?.name}
                balance={t('pay.sheet.balanceNow', { balance: money(data.balanceBefore) })}
              />
            ),
          },
          {
            key: 'after',
            label: t('pay.sheet.balanceAfter'),
            value: <Money minor={data.balanceAfter} currency={data.currency} />,
          },
          request.memo ? { key: 'memo', label: t('pay.sheet.memo'), value: request.memo } : null,
        ]}
      />
    </>
  );

  const notice =
    data.risk.outcome === 'allow' ? null : (
      <Alert
        className="purse-sheet-notice"
        type={data.risk.outcome === 'block' ? 'error' : 'info'}
        showIcon
        title={data.risk.outcome === 'block' ? t('pay.sheet.riskBlock') : t('pay.sheet.riskStepUp')}
        description={<RiskReasons reasons={data.risk.reasons} />}
      />
    );

  const problem = confirmed.sending ? null : (preview.error ?? problemOf(data));
  return (
    <MoneyConfirm
      onClose={onClose}
      summary={summary}
      notice={notice}
      confirmLabel={t('pay.sheet.payAmount', { amount: money(data.total) })}
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
