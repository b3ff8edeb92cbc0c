import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '../../../shared/security';
import { useFormattingLocale } from '../../i18n/use-locale';
import { PinField } from '../../components/pin/pin-field';
import { PinInput } from '../../components/pin/pin-input';
import { requiredText } from '../../components/form-rules';

/** Where a reset stands when only a recovery code vouches for the person. */
export type WaitStage = 'none' | 'start' | 'waiting' | 'ready';

export function waitStage(status: SecurityStatus, now: number): WaitStage {
  if (status.recoveryCheck !== 'waiting-period') return 'none';
  if (status.recoveryReadyAt === null) return 'start';
  return status.recoveryReadyAt > now ? 'waiting' : 'ready';
}

/** What the waiting reset means, above the form. */
export function WaitNotice({
  stage,
  readyAt,
}: {
  readonly stage: WaitStage;
  readonly readyAt: number | null;
}) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  if (stage === 'none') return null;
  if (stage === 'ready')
    return (
      <Alert
        className="purse-gate__notice"
        type="success"
        showIcon
        title={t('lock.recover.pendingReady')}
      />
    );
  if (stage === 'waiting' && readyAt !== null) {
    return (
      <Alert
        className="purse-gate__notice"
        type="info"
        showIcon
        title={t('lock.recover.pendingTitle')}
        description={t('lock.recover.pendingIntro', {
          date: new Intl.DateTimeFormat(locale, {
            dateStyle: 'medium',
            timeStyle: 'short',
          }).format(readyAt),
        })}
      />
    );
  }
  return (
    <Alert
      className="purse-gate__notice"
      type="warning"
      showIcon
      title={t('lock.recover.waitTitle')}
      description={t('lock.recover.waitIntro')}
    />
  );
}

/** The identity check beside the recovery code: the 2FA code, or the verified name and ID. */
export function CheckFields({ status }: { readonly status: SecurityStatus }) {
  const { t } = useTranslation();
  if (status.recoveryCheck === 'totp') {
    return (
      <PinField
        name="totpCode"
        label={t('lock.recover.totp')}
        extra={t('lock.recover.totpHelp')}
        className="purse-gate__pin-item"
        validateTrigger={['onBlur']}
      >
        <PinInput masked={false} />
      </PinField>
    );
  }
  if (status.recoveryCheck !== 'identity') return null;
  return (
    <>
      <p className="purse-gate__help">{t('lock.recover.identityHelp')}</p>
      <Form.Item
        name="identityName"
        label={t('identity.name')}
        rules={[requiredText(t('lock.recover.identityNameRequired'))]}
      >
        <Input autoComplete="off" spellCheck={false} maxLength={60} size="large" />
      </Form.Item>
      <Form.Item
        name="identityNumber"
        label={t('identity.number')}
        rules={[requiredText(t('lock.recover.identityNumberRequired'))]}
      >
        <Input autoComplete="off" spellCheck={false} maxLength={20} size="large" />
      </Form.Item>
    </>
  );
}
