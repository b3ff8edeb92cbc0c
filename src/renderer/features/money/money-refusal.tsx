import { Alert, Button } from 'antd';
import type { TFunction } from 'i18next';
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
  const { money, text } = detailsOf(error, locale);
  const kit: RefusalKit = {
    t,
    describe: () => describe(error),
    money,
    text,
    primary: (key, label, onClick, loading = false) => (
      <Button key={key} type="primary" onClick={onClick} loading={loading}>
        {label}
      </Button>
    ),
    back: (label = t('pay.refusal.back')) =>
      onBack ? (
        <Button key="back" onClick={onBack}>
          {label}
        </Button>
      ) : null,
    close: (label = t('pay.refusal.close')) => (
      <Button key="close" onClick={onClose}>
        {label}
      </Button>
    ),
  };
  const content =
    accountRefusal(error, kit, {
      offerTopUp,
      unarchive: (id) => unarchive.mutate({ id }),
      unarchiving: unarchive.isPending,
    }) ??
    otherRefusal(error, kit, {
      onRetry,
      lock: (
        <Button key="lock" onClick={() => lock.mutate(undefined)} loading={lock.isPending}>
          {t('pay.refusal.lockNow')}
        </Button>
      ),
    });

  const failure = unarchive.error ?? lock.error;
  const severity = content.severity ?? 'error';
  return (
    <Alert
      className="purse-refusal"
      type={mode === 'problem' && severity === 'error' ? 'warning' : severity}
      showIcon
      data-error-code={error.code}
      title={content.title}
      description={
        <div className="purse-refusal__body">
          <div className="purse-refusal__text">{content.body}</div>
          {failure ? <p className="purse-refusal__failure">{describe(failure)}</p> : null}
          <HelpLink code={error.code} />
          <div className="purse-refusal__actions">{content.actions}</div>
        </div>
      }
    />
  );
}

interface RefusalContent {
  readonly title: string;
  readonly body: ReactNode;
  readonly severity?: 'warning' | 'error';
  readonly actions: readonly ReactNode[];
}

interface RefusalKit {
  readonly t: TFunction;
  readonly describe: () => string;
  readonly money: (key: string) => string;
  readonly text: (key: string) => string;
  readonly primary: (
    key: string,
    label: string,
    onClick: () => void,
    loading?: boolean,
  ) => ReactNode;
  readonly back: (label?: string) => ReactNode;
  readonly close: (label?: string) => ReactNode;
}

/** The refusal's details as words: amounts in its currency, and plain strings. */
function detailsOf(error: DescribableError, locale: string) {
  const details = error.details ?? {};
  const currency = details['currency'];
  return {
    money: (key: string): string => {
      const value = details[key];
      return typeof value === 'number' && isCurrencyCode(currency)
        ? formatMoney(value, currency, locale)
        : '';
    },
    text: (key: string): string => {
      const value = details[key];
      return typeof value === 'string' ? value : '';
    },
  };
}

/** Refusals about the account money leaves: not enough in it, over a limit, archived. */
function accountRefusal(
  error: DescribableError,
  { t, describe, money, text, primary, close }: RefusalKit,
  options: {
    readonly offerTopUp: boolean;
    readonly unarchive: (id: string) => void;
    readonly unarchiving: boolean;
  },
): RefusalContent | null {
  switch (error.code) {
    case 'INSUFFICIENT_FUNDS':
      return {
        title: t('pay.refusal.fundsTitle'),
        body: describe(),
        actions: [
          options.offerTopUp
            ? primary('topup', t('pay.refusal.topUp'), () => navigate('topup'))
            : null,
          close(t('pay.refusal.otherAccount')),
        ],
      };
    case 'LIMIT_EXCEEDED': {
      const limit = text('limit');
      const basic = text('tier') === 'basic';
      return {
        title:
          limit === 'perPayment'
            ? t('pay.refusal.limitPerPaymentTitle')
            : limit === 'yearly'
              ? t('pay.refusal.limitYearlyTitle')
              : t('pay.refusal.limitDailyTitle'),
        body: (
          <>
            {limit === 'perPayment' && money('max') ? (
              <p>{t('pay.refusal.limitPerPayment', { max: money('max') })}</p>
            ) : null}
            {money('roomToday') ? (
              <p className="purse-refusal__room">
                {t('pay.refusal.roomToday', { room: money('roomToday') })}
              </p>
            ) : null}
            <p>{basic ? t('pay.refusal.limitVerify') : t('pay.refusal.limitWait')}</p>
          </>
        ),
        actions: [
          basic
            ? primary('verify', t('pay.refusal.verifyIdentity'), () =>
                navigate('security', { tab: 'identity' }),
              )
            : null,
          close(t('pay.refusal.changeAmount')),
        ],
      };
    }
    case 'ACCOUNT_ARCHIVED': {
      const id = text('id');
      return {
        title: t('pay.refusal.archivedTitle', { name: text('name') }),
        body: t('pay.refusal.archived'),
        actions: [
          id
            ? primary(
                'unarchive',
                t('pay.refusal.unarchive'),
                () => options.unarchive(id),
                options.unarchiving,
              )
            : null,
          close(t('pay.refusal.otherAccount')),
        ],
      };
    }
    default:
      return null;
  }
}

/** Every other refusal: the PIN locked, the risk rules, no PIN yet, a coupon, a refund. */
function otherRefusal(
  error: DescribableError,
  { t, describe, money, text, primary, back, close }: RefusalKit,
  options: { readonly onRetry: (() => void) | undefined; readonly lock: ReactNode },
): RefusalContent {
  switch (error.code) {
    case 'PIN_LOCKED':
      return {
        title: t('pay.refusal.pinLockedTitle'),
        body: (
          <>
            <p>{describe()}</p>
            <p>{t('pay.refusal.forgotPin')}</p>
          </>
        ),
        actions: [options.lock, close()],
      };
    case 'RISK_BLOCKED':
      return {
        title: t('pay.refusal.blockedTitle'),
        body: (
          <>
            <RiskReasons reasons={reasonsOf(error)} />
            <p>{t('pay.refusal.blocked')}</p>
          </>
        ),
        actions: [
          primary('alerts', t('pay.refusal.openRiskAlerts'), () =>
            navigate('security', { tab: 'alerts' }),
          ),
          close(),
        ],
      };
    case 'NOT_SET_UP':
      return {
        severity: 'warning',
        title: t('pay.refusal.noPinTitle'),
        body: t('pay.refusal.noPin'),
        actions: [
          primary('security', t('pay.refusal.setUpPin'), () => navigate('security')),
          close(),
        ],
      };
    case 'PROMOTION_INVALID':
      return {
        severity: 'warning',
        title: t('pay.refusal.couponTitle'),
        body: t(`promotions.problems.${couponProblem(text('reason'))}`),
        actions: [back(t('pay.refusal.chooseCoupon')), close()],
      };
    case 'REFUND_INVALID':
      return {
        title: t('pay.refusal.refundTitle'),
        body: t(`receipt.refundProblems.${refundProblem(text('reason'))}`, {
          refundable: money('refundable'),
        }),
        actions: [close()],
      };
    default: {
      const retryable = RETRYABLE.has(error.code);
      return {
        title: t('pay.refusal.genericTitle'),
        body: `${describe()} ${retryable ? t('pay.refusal.nothingChanged') : ''}`,
        actions: [
          retryable && options.onRetry
            ? primary('retry', t('common.retry'), options.onRetry)
            : null,
          back(),
          close(),
        ],
      };
    }
  }
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
