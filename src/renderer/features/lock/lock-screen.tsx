import { LockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '../../../shared/security';
import { purseQueryKey } from '../../api/use-purse-query';
import { FormError } from '../../components/form-error';
import { GateLayout } from '../../components/gate-layout';
import { PinInput } from '../../components/pin/pin-input';
import { lockShortcutLabel } from '../../components/pin/pin-rules';
import { RecoverScreen } from './recover-screen';
import { useStatusMutation } from '../../api/use-security';
import { formatCountdown, useNow } from './use-now';
import { VerticalForm } from '../../components/vertical-form';

/** The lock screen, or the PIN reset it leads to. Nothing else of Purse is on screen. */
export function LockScreen({ status }: { readonly status: SecurityStatus }) {
  const [recovering, setRecovering] = useState(false);
  if (recovering) return <RecoverScreen status={status} onBack={() => setRecovering(false)} />;
  return <UnlockScreen status={status} onForgot={() => setRecovering(true)} />;
}

interface UnlockValues {
  pin?: string;
}

function UnlockScreen({
  status,
  onForgot,
}: {
  readonly status: SecurityStatus;
  readonly onForgot: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UnlockValues>();
  const pinRef = useRef<HTMLInputElement>(null);
  const unlock = useStatusMutation('security.unlock');
  const biometric = useStatusMutation('security.unlockBiometric');
  const error = unlock.error ?? biometric.error;

  // PIN entry paused: the status says until when (the refusal too, before the status catches up).
  const refusedUntil =
    error?.code === 'PIN_LOCKED' && typeof error.details?.['until'] === 'number'
      ? error.details['until']
      : null;
  const lockedUntil = status.pinLockedUntil ?? refusedUntil;
  const now = useNow(lockedUntil !== null);
  const remaining = lockedUntil === null ? 0 : lockedUntil - now;
  const lockedOut = remaining > 0;

  // When the pause ends, ask the gateway again and let the person type.
  useEffect(() => {
    if (lockedUntil === null || lockedOut) return;
    void queryClient.invalidateQueries({ queryKey: purseQueryKey('security.status') });
  }, [lockedOut, lockedUntil, queryClient]);

  const afterRefusal = () => {
    form.setFieldValue('pin', '');
    void queryClient.invalidateQueries({ queryKey: purseQueryKey('security.status') });
    window.setTimeout(() => pinRef.current?.focus(), 0);
  };

  const submit = (pin: string | undefined) => {
    if (!pin || pin.length !== 6 || unlock.isPending || lockedOut) return;
    biometric.reset();
    unlock.mutate({ pin }, { onError: afterRefusal });
  };

  return (
    <GateLayout
      icon={<LockOutlined />}
      title={t('lock.locked.title')}
      intro={t('lock.locked.intro')}
      footer={t('lock.locked.shortcut', { keys: lockShortcutLabel() })}
    >
      <VerticalForm<UnlockValues>
        name="unlock"
        form={form}
        onFinish={(values) => submit(values.pin)}
      >
        {lockedOut ? (
          <Alert
            className="purse-form-error"
            type="warning"
            showIcon
            role="alert"
            data-error-code="PIN_LOCKED"
            title={t('lock.locked.lockedOut', { count: Math.ceil(remaining / 60_000) })}
            description={
              <>
                {/* The countdown ticks every second: a timer, not re-announced each time. */}
                <div role="timer" aria-live="off" className="purse-gate__countdown">
                  {t('lock.locked.tryAgainIn', { time: formatCountdown(remaining) })}
                </div>
                <div>{t('lock.locked.lockedOutRecover')}</div>
              </>
            }
          />
        ) : null}
        <Form.Item name="pin" label={t('lock.locked.pinLabel')} className="purse-gate__pin-item">
          <PinInput ref={pinRef} autoFocus disabled={lockedOut} onComplete={(pin) => submit(pin)} />
        </Form.Item>
        {lockedOut ? null : <FormError error={error} />}
        <div className="purse-gate__actions">
          <Button
            // A fresh button when the pause starts: antd kept its spinner otherwise.
            key={lockedOut ? 'paused' : 'ready'}
            type="primary"
            htmlType="submit"
            size="large"
            block
            loading={unlock.isPending}
            disabled={lockedOut}
          >
            {t('lock.locked.unlock')}
          </Button>
          {status.biometricEnabled ? (
            <Button
              size="large"
              block
              loading={biometric.isPending}
              disabled={lockedOut}
              onClick={() => {
                unlock.reset();
                biometric.mutate(undefined, { onError: afterRefusal });
              }}
            >
              {t('lock.locked.biometric')}
            </Button>
          ) : null}
        </div>
        <div className="purse-gate__links">
          <Button type={lockedOut ? 'default' : 'link'} onClick={onForgot}>
            {t('lock.locked.forgot')}
          </Button>
        </div>
      </VerticalForm>
    </GateLayout>
  );
}
