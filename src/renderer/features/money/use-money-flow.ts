import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { MoneyResult, RiskReason } from '../../../shared/payments';
import { asPurseError } from '../../api/call-purse';
import { useDescribeError } from '../../components/use-describe-error';
import {
  CODE_LENGTH,
  reasonsOf,
  stepUpMethodOf,
  type MoneyAuth,
  type StepUpMethod,
  type SubmitMoney,
} from './money-auth';

/** What every confirmation sheet takes from its flow (`flow.sheet`), whatever it moves. */
export interface MoneySheetProps<Request> {
  readonly open: boolean;
  /** Kept while the sheet closes, so its content does not vanish mid-animation. */
  readonly request: Request | null;
  readonly onClose: () => void;
  readonly onDone: (result: MoneyResult) => void;
}

/** Where a money flow is: filling in its form, confirming what the form made, or done. */
export type MoneyStage = 'form' | 'confirm' | 'done';

/**
 * Every money flow: editing the form, then confirming the request the form made (the sheet
 * with the PIN and any step-up), then done (the flow's `onDone` shows the receipt). A flow
 * whose form is on a page opens `sheet` to confirm; a flow that lives wholly in one sheet
 * (bill payment, refunds) shows the step `stage` names in it, the receipt too (`SheetFlow`).
 */
export function useMoneyFlow<Request>(onDone: (result: MoneyResult) => void = () => undefined) {
  const [stage, setStage] = useState<MoneyStage>('form');
  const [request, setRequest] = useState<Request | null>(null);
  const [result, setResult] = useState<MoneyResult | null>(null);
  const edit = () => setStage('form');
  const done = (made: MoneyResult) => {
    setResult(made);
    setStage('done');
    onDone(made);
  };
  const sheet: MoneySheetProps<Request> = {
    open: stage === 'confirm',
    request,
    onClose: edit,
    onDone: done,
  };
  return {
    stage,
    /** Kept while the sheet closes, so its content does not vanish mid-animation. */
    request,
    /** What the movement made, once done. */
    result,
    confirm: (next: Request) => {
      setRequest(next);
      setStage('confirm');
    },
    /** Back to the form, keeping what was confirmed so far. */
    edit,
    done,
    /** What the flow's confirmation sheet takes: spread it onto the sheet. */
    sheet,
  };
}

/**
 * While a movement is on its way (and as the sheet closes) the sheet keeps showing what was
 * confirmed, not the balances or preview refreshed after the money moved. A refusal thaws it.
 */
export function useConfirmedView<View>(
  live: View,
  handlers: {
    readonly onBusy: (busy: boolean) => void;
    readonly onDone: (result: MoneyResult) => void;
  },
) {
  const [frozen, setFrozen] = useState<{ readonly view: View } | null>(null);
  const done = useRef(false);
  return {
    view: frozen ? frozen.view : live,
    sending: frozen !== null,
    freeze: (view: View) => setFrozen({ view }),
    onDone: (result: MoneyResult) => {
      done.current = true;
      handlers.onDone(result);
    },
    onBusy: (busy: boolean) => {
      handlers.onBusy(busy);
      if (!busy && !done.current) setFrozen(null);
    },
  };
}

export type ConfirmStage =
  | { readonly kind: 'pin' }
  | {
      readonly kind: 'stepUp';
      readonly reasons: readonly RiskReason[];
      readonly method: StepUpMethod;
    }
  | { readonly kind: 'refused'; readonly error: PurseError };

/** The codes typed into the sheet, and the message under the field being typed in. */
function useCodes() {
  const [pin, setPin] = useState('');
  const [code, setCode] = useState('');
  const [stepUpPin, setStepUpPin] = useState('');
  const [mine, setMine] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const typed =
    <Value>(set: (value: Value) => void) =>
    (value: Value) => {
      set(value);
      if (fieldError) setFieldError(null);
    };
  return {
    pin,
    code,
    stepUpPin,
    mine,
    fieldError,
    setFieldError,
    setPin: typed(setPin),
    setCode: typed(setCode),
    setStepUpPin: typed(setStepUpPin),
    setMine: typed(setMine),
    clearPin: () => setPin(''),
    clearCode: () => setCode(''),
    clearStepUpPin: () => setStepUpPin(''),
    reset: () => {
      setPin('');
      setCode('');
      setStepUpPin('');
      setMine(false);
      setFieldError(null);
    },
  };
}

export interface ConfirmFlowOptions {
  readonly submit: SubmitMoney;
  readonly onDone: (result: MoneyResult) => void;
  readonly onBusy: (busy: boolean) => void;
}

/**
 * The confirming state machine of every money movement: the PIN (or Touch ID), on a risky
 * movement a step-up (authenticator code, or the PIN again with an explicit "this is mine"),
 * then done or refused. One requestId per sheet, reused on every retry and the step-up.
 */
export function useConfirmFlow({ submit, onDone, onBusy }: ConfirmFlowOptions) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  // Made once for this sheet; every retry and the step-up resubmission reuse it.
  const [requestId] = useState(newId);
  const [stage, setStage] = useState<ConfirmStage>({ kind: 'pin' });
  const codes = useCodes();
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const firstAuth = useRef<MoneyAuth | null>(null);
  const lastAuth = useRef<MoneyAuth | null>(null);

  const refused = (error: PurseError, auth: MoneyAuth) => {
    switch (error.code) {
      case 'PIN_WRONG': {
        codes.setFieldError(
          auth.biometric && stage.kind === 'pin' ? t('pay.sheet.biometricFailed') : describe(error),
        );
        if (stage.kind === 'stepUp') codes.clearStepUpPin();
        else codes.clearPin();
        return;
      }
      case 'TOTP_WRONG':
      case 'TOTP_REQUIRED':
        codes.setFieldError(describe(error));
        codes.clearCode();
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

  const send = async (auth: MoneyAuth) => {
    // A second click while the first is on its way does nothing (and would be the same
    // request anyway: same requestId).
    if (inFlight.current) return;
    inFlight.current = true;
    lastAuth.current = auth;
    setSubmitting(true);
    onBusy(true);
    codes.setFieldError(null);
    try {
      onDone(await submit(requestId, auth));
    } catch (thrown) {
      refused(asPurseError(thrown), auth);
    } finally {
      inFlight.current = false;
      setSubmitting(false);
      onBusy(false);
    }
  };

  const backToPin = () => {
    codes.reset();
    setStage({ kind: 'pin' });
  };

  const confirmStepUp = (method: StepUpMethod) => {
    const first = firstAuth.current;
    if (!first) return backToPin();
    if (method === 'totp') {
      if (codes.code.length !== CODE_LENGTH)
        return codes.setFieldError(t('pay.sheet.codeIncomplete'));
      void send({ ...first, totp: codes.code });
      return;
    }
    if (codes.stepUpPin.length !== CODE_LENGTH)
      return codes.setFieldError(t('pay.sheet.pinIncomplete'));
    if (!codes.mine) return codes.setFieldError(t('pay.sheet.confirmMineRequired'));
    void send({ ...first, stepUpPin: codes.stepUpPin, confirmRisk: true });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (stage.kind === 'stepUp') return confirmStepUp(stage.method);
    if (stage.kind !== 'pin') return;
    if (codes.pin.length !== CODE_LENGTH) return codes.setFieldError(t('pay.sheet.pinIncomplete'));
    void send({ pin: codes.pin });
  };

  const retry = () => {
    const auth = lastAuth.current;
    setStage({ kind: 'pin' });
    if (auth) void send(auth);
  };

  return { stage, codes, submitting, send, backToPin, onSubmit, retry };
}

export type ConfirmFlow = ReturnType<typeof useConfirmFlow>;
