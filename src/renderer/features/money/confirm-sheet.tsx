import { Alert, Button, Checkbox, Modal } from 'antd';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/ids';
import type { PurseError } from '../../../shared/errors';
import type { MoneyResult, RiskReason } from '../../../shared/payments';
import { asPurseError } from '../../api/call-purse';
import { usePurseQuery } from '../../api/use-purse-query';
import { useDescribeError } from '../../components/use-describe-error';
import type { DescribableError } from '../../i18n/describe-error';
import { CodeField } from './code-field';
import {
  CODE_LENGTH,
  reasonsOf,
  stepUpMethodOf,
  type MoneyAuth,
  type StepUpMethod,
  type SubmitMoney,
} from './money-auth';
import { MoneyRefusal } from './money-refusal';
import { RiskReasons } from './risk-reasons';
import './money.css';

export interface ConfirmModalProps {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  /** The sheet's content, mounted afresh at each opening (so a new requestId each time). */
  readonly children: (onBusy: (busy: boolean) => void) => ReactNode;
}

/** The dialog around a confirmation: Esc and Cancel close it, except while submitting. */
export function ConfirmModal({ open, title, onClose, children }: ConfirmModalProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open={open}
      title={title}
      onCancel={() => {
        if (!busy) onClose();
      }}
      footer={null}
      destroyOnHidden
      mask={{ closable: false }}
      keyboard={!busy}
      width={480}
      className="purse-confirm-sheet"
    >
      {children(setBusy)}
    </Modal>
  );
}

export interface MoneyConfirmProps {
  readonly onClose: () => void;
  /** Exactly what will happen: who, how much, from where, the balance after. */
  readonly summary: ReactNode;
  /** The confirm button: "Pay ¥70.00". */
  readonly confirmLabel: string;
  /** Known before the PIN is asked for: why it cannot go through as it stands. */
  readonly problem?: DescribableError | null;
  /** A heads-up above the PIN (an extra check is likely). */
  readonly notice?: ReactNode;
  /** What the sheet shows is still loading: Confirm waits. */
  readonly pending?: boolean;
  readonly submit: SubmitMoney;
  readonly onDone: (result: MoneyResult) => void;
  /** After a refusal the person fixed from the sheet (an account unarchived). */
  readonly onRecovered?: () => void;
  /** Back from a refusal to the PIN (e.g. a coupon that stopped being valid). */
  readonly onBackFromRefusal?: (error: PurseError) => void;
  readonly onBusy: (busy: boolean) => void;
  /** Offer "Top up" when there is not enough money (not when the money comes from a card). */
  readonly offerTopUp?: boolean;
}

type Stage =
  | { readonly kind: 'pin' }
  | {
      readonly kind: 'stepUp';
      readonly reasons: readonly RiskReason[];
      readonly method: StepUpMethod;
    }
  | { readonly kind: 'refused'; readonly error: PurseError };

/**
 * The confirmation of every money movement: the summary, then the 6-digit PIN (or Touch ID);
 * on a risky movement a step-up (authenticator code, or the PIN again with an explicit "this
 * is mine"); refusals with their next step. One requestId per sheet, reused on every retry.
 */
export function MoneyConfirm({
  onClose,
  summary,
  confirmLabel,
  problem,
  notice,
  pending = false,
  submit,
  onDone,
  onRecovered,
  onBackFromRefusal,
  onBusy,
  offerTopUp = true,
}: MoneyConfirmProps) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  const security = usePurseQuery('security.status');
  // Made once for this sheet; every retry and the step-up resubmission reuse it.
  const [requestId] = useState(newId);
  const [stage, setStage] = useState<Stage>({ kind: 'pin' });
  const [pin, setPin] = useState('');
  const [code, setCode] = useState('');
  const [stepUpPin, setStepUpPin] = useState('');
  const [mine, setMine] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const firstAuth = useRef<MoneyAuth | null>(null);
  const lastAuth = useRef<MoneyAuth | null>(null);

  const send = async (auth: MoneyAuth) => {
    // A second click while the first is on its way does nothing (and would be the same
    // request anyway: same requestId).
    if (inFlight.current) return;
    inFlight.current = true;
    lastAuth.current = auth;
    setSubmitting(true);
    onBusy(true);
    setFieldError(null);
    try {
      const result = await submit(requestId, auth);
      onDone(result);
    } catch (thrown) {
      refused(asPurseError(thrown), auth);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
      onBusy(false);
    }
  };

  const refused = (error: PurseError, auth: MoneyAuth) => {
    switch (error.code) {
      case 'PIN_WRONG': {
        setFieldError(
          auth.biometric && stage.kind === 'pin' ? t('pay.sheet.biometricFailed') : describe(error),
        );
        if (stage.kind === 'stepUp') setStepUpPin('');
        else setPin('');
        return;
      }
      case 'TOTP_WRONG':
      case 'TOTP_REQUIRED':
        setFieldError(describe(error));
        setCode('');
        return;
      case 'STEP_UP_REQUIRED':
        if (stage.kind !== 'stepUp') {
          firstAuth.current = auth.biometric ? { biometric: true } : { pin: auth.pin ?? '' };
        }
        setStage({ kind: 'stepUp', reasons: reasonsOf(error), method: stepUpMethodOf(error) });
        return;
      default:
        setStage({ kind: 'refused', error });
    }
  };

  const backToPin = () => {
    setPin('');
    setCode('');
    setStepUpPin('');
    setMine(false);
    setFieldError(null);
    setStage({ kind: 'pin' });
  };

  const confirmPin = () => {
    if (pin.length !== CODE_LENGTH) {
      setFieldError(t('pay.sheet.pinIncomplete'));
      return;
    }
    void send({ pin });
  };

  const confirmStepUp = (method: StepUpMethod) => {
    const first = firstAuth.current;
    if (!first) return backToPin();
    if (method === 'totp') {
      if (code.length !== CODE_LENGTH) return setFieldError(t('pay.sheet.codeIncomplete'));
      void send({ ...first, totp: code });
      return;
    }
    if (stepUpPin.length !== CODE_LENGTH) return setFieldError(t('pay.sheet.pinIncomplete'));
    if (!mine) return setFieldError(t('pay.sheet.confirmMineRequired'));
    void send({ ...first, stepUpPin, confirmRisk: true });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (stage.kind === 'pin') confirmPin();
    else if (stage.kind === 'stepUp') confirmStepUp(stage.method);
  };

  const biometric = security.data?.biometricEnabled === true;
  const blocked = stage.kind === 'pin' && problem != null;

  return (
    <form className="purse-sheet" onSubmit={onSubmit} noValidate aria-busy={submitting}>
      <div className="purse-sheet__summary">{summary}</div>

      {stage.kind === 'pin' ? (
        <>
          {problem ? (
            <MoneyRefusal
              error={problem}
              mode="problem"
              offerTopUp={offerTopUp}
              onClose={onClose}
              {...(onRecovered ? { onRecovered } : {})}
            />
          ) : (
            <>
              {notice}
              <CodeField
                label={t('pay.sheet.pinLabel')}
                value={pin}
                onChange={(value) => {
                  setPin(value);
                  if (fieldError) setFieldError(null);
                }}
                masked
                autoFocus
                error={fieldError}
                help={t('pay.sheet.pinHelp')}
                disabled={submitting}
              />
            </>
          )}
        </>
      ) : null}

      {stage.kind === 'stepUp' ? (
        <div className="purse-step-up">
          <Alert
            type="warning"
            showIcon
            title={t('pay.stepUp.title')}
            description={
              <>
                <p>{t('pay.stepUp.why')}</p>
                <RiskReasons reasons={stage.reasons} />
              </>
            }
          />
          {stage.method === 'totp' ? (
            <CodeField
              key="totp"
              label={t('pay.stepUp.codeLabel')}
              value={code}
              onChange={(value) => {
                setCode(value);
                if (fieldError) setFieldError(null);
              }}
              autoFocus
              error={fieldError}
              help={t('pay.stepUp.codeHelp')}
              disabled={submitting}
            />
          ) : (
            <>
              <CodeField
                key="pin-again"
                label={t('pay.stepUp.pinLabel')}
                value={stepUpPin}
                onChange={(value) => {
                  setStepUpPin(value);
                  if (fieldError) setFieldError(null);
                }}
                masked
                autoFocus
                error={fieldError}
                disabled={submitting}
              />
              <Checkbox
                className="purse-step-up__mine"
                checked={mine}
                onChange={(event) => {
                  setMine(event.target.checked);
                  if (fieldError) setFieldError(null);
                }}
                disabled={submitting}
              >
                {t('pay.stepUp.mine')}
              </Checkbox>
            </>
          )}
        </div>
      ) : null}

      {stage.kind === 'refused' ? (
        <MoneyRefusal
          error={stage.error}
          mode="refused"
          offerTopUp={offerTopUp}
          onClose={onClose}
          onBack={() => {
            onBackFromRefusal?.(stage.error);
            backToPin();
          }}
          onRetry={() => {
            const auth = lastAuth.current;
            setStage({ kind: 'pin' });
            if (auth) void send(auth);
          }}
          onRecovered={() => {
            onRecovered?.();
            backToPin();
          }}
        />
      ) : null}

      {stage.kind !== 'refused' ? (
        <div className="purse-sheet__actions">
          {biometric && stage.kind === 'pin' && !blocked ? (
            <Button
              className="purse-sheet__biometric"
              onClick={() => void send({ biometric: true })}
              disabled={submitting || pending}
            >
              {t('pay.sheet.touchId')}
            </Button>
          ) : null}
          <Button onClick={onClose} disabled={submitting}>
            {t('common.cancel')}
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            loading={submitting}
            disabled={blocked || pending}
            className="purse-sheet__confirm"
          >
            {stage.kind === 'stepUp' ? t('pay.stepUp.confirm') : confirmLabel}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
