import { Alert, Button, Checkbox, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurseError } from '../../../shared/errors';
import type { MoneyResult } from '../../../shared/payments';
import { usePurseQuery } from '../../api/use-purse-query';
import { navigate } from '../../shell/use-route';
import type { DescribableError } from '../../i18n/describe-error';
import { CodeField } from './code-field';
import type { SubmitMoney } from './money-auth';
import { MoneyRefusal } from './money-refusal';
import { RiskReasons } from './risk-reasons';
import { useConfirmFlow, type ConfirmFlow, type ConfirmStage } from './use-money-flow';
import './money.css';

/** What a confirmation body gets from its sheet: close it, the movement made, busy or not. */
export interface SheetControls {
  readonly onClose: () => void;
  readonly onDone: (result: MoneyResult) => void;
  readonly onBusy: (busy: boolean) => void;
}

export interface MoneySheetFrameProps {
  readonly open: boolean;
  readonly title: string;
  readonly onClose: () => void;
  /** A flow that shows its receipt in the sheet itself has nothing to do when done. */
  readonly onDone?: (result: MoneyResult) => void;
  /** The sheet's content, mounted afresh at each opening (so a new requestId each time). */
  readonly children: (controls: SheetControls) => ReactNode;
}

/**
 * The dialog around every money flow's confirmation, handing its body the sheet's controls:
 * Esc and Cancel close it, except while submitting.
 */
export function MoneySheet({
  open,
  title,
  onClose,
  onDone = () => undefined,
  children,
}: MoneySheetFrameProps) {
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
      {children({ onClose, onDone, onBusy: setBusy })}
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
  const security = usePurseQuery('security.status');
  const flow = useConfirmFlow({ submit, onDone, onBusy });
  const { stage, submitting } = flow;
  const biometric = security.data?.biometricEnabled === true;
  const blocked = stage.kind === 'pin' && problem != null;

  return (
    <form className="purse-sheet" onSubmit={flow.onSubmit} noValidate aria-busy={submitting}>
      <div className="purse-sheet__summary">{summary}</div>

      {stage.kind === 'pin' ? (
        problem ? (
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
              value={flow.codes.pin}
              onChange={flow.codes.setPin}
              masked
              autoFocus
              error={flow.codes.fieldError}
              help={t('pay.sheet.pinHelp')}
              disabled={submitting}
            />
          </>
        )
      ) : null}

      {stage.kind === 'stepUp' ? <StepUpFields flow={flow} stage={stage} /> : null}

      {stage.kind === 'refused' ? (
        <MoneyRefusal
          error={stage.error}
          mode="refused"
          offerTopUp={offerTopUp}
          onClose={onClose}
          onBack={() => {
            onBackFromRefusal?.(stage.error);
            flow.backToPin();
          }}
          onRetry={flow.retry}
          onRecovered={() => {
            onRecovered?.();
            flow.backToPin();
          }}
        />
      ) : (
        <div className="purse-sheet__actions">
          {biometric && stage.kind === 'pin' && !blocked ? (
            <Button
              className="purse-sheet__biometric"
              onClick={() => void flow.send({ biometric: true })}
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
      )}
    </form>
  );
}

/** The step-up: why, then the authenticator code, or the PIN again and "this is mine". */
function StepUpFields({
  flow,
  stage,
}: {
  readonly flow: ConfirmFlow;
  readonly stage: Extract<ConfirmStage, { kind: 'stepUp' }>;
}) {
  const { t } = useTranslation();
  const { codes, submitting } = flow;
  return (
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
          value={codes.code}
          onChange={codes.setCode}
          autoFocus
          error={codes.fieldError}
          help={t('pay.stepUp.codeHelp')}
          disabled={submitting}
        />
      ) : (
        <>
          <CodeField
            key="pin-again"
            label={t('pay.stepUp.pinLabel')}
            value={codes.stepUpPin}
            onChange={codes.setStepUpPin}
            masked
            autoFocus
            error={codes.fieldError}
            disabled={submitting}
          />
          <Checkbox
            className="purse-step-up__mine"
            checked={codes.mine}
            onChange={(event) => codes.setMine(event.target.checked)}
            disabled={submitting}
          >
            {t('pay.stepUp.mine')}
          </Checkbox>
          {/* Honest about what this check is, and where a real second factor is turned on. */}
          <p className="purse-step-up__honest" data-testid="step-up-honest">
            {t('pay.stepUp.secondConfirmation')}{' '}
            <Button
              type="link"
              size="small"
              disabled={submitting}
              onClick={() => navigate('security', { tab: 'twoFactor' })}
            >
              {t('pay.stepUp.turnOnTwoFactor')}
            </Button>
          </p>
        </>
      )}
    </div>
  );
}
