import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isCurrencyCode } from '../../../shared/currencies';
import { formatMoney } from '../../../shared/money';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useDescribeError } from '../../components/use-describe-error';
import type { DescribableError } from '../../i18n/describe-error';
import { useFormattingLocale } from '../../i18n/use-locale';
import { navigate } from '../../shell/use-route';
import { HelpLink } from '../help/help-link';
import { reasonsOf } from './money-auth';
import { RiskReasons } from './risk-reasons';

export interface MoneyRefusalProps {
  readonly error: DescribableError;
  /**
   * `problem`: known before the PIN is asked for (the preview said so); `refused`: the ledger
   * or the gateway refused the confirmed movement.
   */
  readonly mode: 'problem' | 'refused';
  readonly onClose: () => void;
  /** Back to the PIN, for refusals the person can fix in the sheet. */
  readonly onBack?: () => void;
  /** Send the same request again (same requestId): for a bridge that failed mid-way. */
  readonly onRetry?: () => void;
  /** After the person fixed the cause here (unarchived the account). */
  readonly onRecovered?: () => void;
  /** Whether "Top up" is a way out of not having enough money (not for a bank card). */
  readonly offerTopUp?: boolean;
}

const RETRYABLE = new Set(['UNAVAILABLE', 'INTERNAL']);

/**
 * Why a payment, transfer or refund cannot go through, and what to do next: top up, verify
 * identity to raise limits, wait out a PIN lock, unarchive the account, or look at the risk
 * alerts. Shown inside the confirmation sheet.
 */
export function MoneyRefusal({
  error,
  mode,
  onClose,
  onBack,
  onRetry,
  onRecovered,
  offerTopUp = true,
}: MoneyRefusalProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const locale = useFormattingLocale();
  const unarchive = usePurseMutation('accounts.unarchive', { onSuccess: () => onRecovered?.() });
  const lock = usePurseMutation('security.lock');
  const details = error.details ?? {};
  const currency = details['currency'];
  const money = (key: string): string => {
    const value = details[key];
    return typeof value === 'number' && isCurrencyCode(currency)
      ? formatMoney(value, currency, locale)
      : '';
  };
  const text = (key: string): string => {
    const value = details[key];
    return typeof value === 'string' ? value : '';
  };

  let title: string;
  let body: ReactNode;
  let severity: 'warning' | 'error' = 'error';
  const actions: ReactNode[] = [];
  const back = (label = t('pay.refusal.back')) =>
    onBack ? (
      <Button key="back" onClick={onBack}>
        {label}
      </Button>
    ) : null;
  const close = (label = t('pay.refusal.close')) => (
    <Button key="close" onClick={onClose}>
      {label}
    </Button>
  );

  switch (error.code) {
    case 'INSUFFICIENT_FUNDS':
      title = t('pay.refusal.fundsTitle');
      body = describe(error);
      if (offerTopUp) {
        actions.push(
          <Button key="topup" type="primary" onClick={() => navigate('topup')}>
            {t('pay.refusal.topUp')}
          </Button>,
        );
      }
      actions.push(close(t('pay.refusal.otherAccount')));
      break;
    case 'LIMIT_EXCEEDED': {
      const limit = text('limit');
      title =
        limit === 'perPayment'
          ? t('pay.refusal.limitPerPaymentTitle')
          : limit === 'yearly'
            ? t('pay.refusal.limitYearlyTitle')
            : t('pay.refusal.limitDailyTitle');
      body = (
        <>
          {limit === 'perPayment' && money('max') ? (
            <p>{t('pay.refusal.limitPerPayment', { max: money('max') })}</p>
          ) : null}
          {money('roomToday') ? (
            <p className="purse-refusal__room">
              {t('pay.refusal.roomToday', { room: money('roomToday') })}
            </p>
          ) : null}
          <p>
            {text('tier') === 'basic' ? t('pay.refusal.limitVerify') : t('pay.refusal.limitWait')}
          </p>
        </>
      );
      if (text('tier') === 'basic') {
        actions.push(
          <Button
            key="verify"
            type="primary"
            onClick={() => navigate('security', { tab: 'identity' })}
          >
            {t('pay.refusal.verifyIdentity')}
          </Button>,
        );
      }
      actions.push(close(t('pay.refusal.changeAmount')));
      break;
    }
    case 'PIN_LOCKED': {
      title = t('pay.refusal.pinLockedTitle');
      body = (
        <>
          <p>{describe(error)}</p>
          <p>{t('pay.refusal.forgotPin')}</p>
        </>
      );
      actions.push(
        <Button key="lock" onClick={() => lock.mutate(undefined)} loading={lock.isPending}>
          {t('pay.refusal.lockNow')}
        </Button>,
        close(),
      );
      break;
    }
    case 'ACCOUNT_ARCHIVED': {
      const id = text('id');
      title = t('pay.refusal.archivedTitle', { name: text('name') });
      body = t('pay.refusal.archived');
      if (id) {
        actions.push(
          <Button
            key="unarchive"
            type="primary"
            loading={unarchive.isPending}
            onClick={() => unarchive.mutate({ id })}
          >
            {t('pay.refusal.unarchive')}
          </Button>,
        );
      }
      actions.push(close(t('pay.refusal.otherAccount')));
      break;
    }
    case 'RISK_BLOCKED':
      title = t('pay.refusal.blockedTitle');
      body = (
        <>
          <RiskReasons reasons={reasonsOf(error)} />
          <p>{t('pay.refusal.blocked')}</p>
        </>
      );
      actions.push(
        <Button key="alerts" type="primary" onClick={() => navigate('security', { tab: 'alerts' })}>
          {t('pay.refusal.openRiskAlerts')}
        </Button>,
        close(),
      );
      break;
    case 'NOT_SET_UP':
      severity = 'warning';
      title = t('pay.refusal.noPinTitle');
      body = t('pay.refusal.noPin');
      actions.push(
        <Button key="security" type="primary" onClick={() => navigate('security')}>
          {t('pay.refusal.setUpPin')}
        </Button>,
        close(),
      );
      break;
    case 'PROMOTION_INVALID':
      severity = 'warning';
      title = t('pay.refusal.couponTitle');
      body = t(`promotions.problems.${couponProblem(text('reason'))}`);
      actions.push(back(t('pay.refusal.chooseCoupon')), close());
      break;
    case 'REFUND_INVALID':
      title = t('pay.refusal.refundTitle');
      body = t(`receipt.refundProblems.${refundProblem(text('reason'))}`, {
        refundable: money('refundable'),
      });
      actions.push(close());
      break;
    default:
      title = t('pay.refusal.genericTitle');
      body = `${describe(error)} ${RETRYABLE.has(error.code) ? t('pay.refusal.nothingChanged') : ''}`;
      if (RETRYABLE.has(error.code) && onRetry) {
        actions.push(
          <Button key="retry" type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>,
        );
      }
      actions.push(back(), close());
  }

  const failure = unarchive.error ?? lock.error;
  return (
    <Alert
      className="purse-refusal"
      type={mode === 'problem' && severity === 'error' ? 'warning' : severity}
      showIcon
      data-error-code={error.code}
      title={title}
      description={
        <div className="purse-refusal__body">
          <div className="purse-refusal__text">{body}</div>
          {failure ? <p className="purse-refusal__failure">{describe(failure)}</p> : null}
          <HelpLink code={error.code} />
          <div className="purse-refusal__actions">{actions}</div>
        </div>
      }
    />
  );
}

const COUPON_PROBLEMS = [
  'expired',
  'not-started',
  'used-up',
  'other-merchant',
  'below-minimum',
  'currency',
  'archived',
] as const;
function couponProblem(reason: string): (typeof COUPON_PROBLEMS)[number] | 'other' {
  return (COUPON_PROBLEMS as readonly string[]).includes(reason)
    ? (reason as (typeof COUPON_PROBLEMS)[number])
    : 'other';
}

const REFUND_PROBLEMS = ['already-refunded', 'too-much', 'not-a-payment', 'no-category'] as const;
function refundProblem(reason: string): (typeof REFUND_PROBLEMS)[number] | 'other' {
  return (REFUND_PROBLEMS as readonly string[]).includes(reason)
    ? (reason as (typeof REFUND_PROBLEMS)[number])
    : 'other';
}
