import { KeyOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '../../../shared/security';
import { FormError } from '../../components/form-error';
import { markServerIssues } from '../../components/server-issues';
import { GateLayout } from '../../components/gate-layout';
import { NewPinFields } from '../../components/pin/new-pin-fields';
import { looksLikeRecoveryCode } from '../../components/pin/pin-rules';
import { CheckFields, WaitNotice, waitStage } from './recover-check';
import { useNow } from './use-now';
import { useStatusMutation } from '../../api/use-security';
import { useQueryClient } from '@tanstack/react-query';
import { purseQueryKey } from '../../api/use-purse-query';
import { requiredText } from '../../components/form-rules';
import { VerticalForm } from '../../components/vertical-form';

interface RecoverValues {
  recoveryCode: string;
  totpCode?: string;
  identityName?: string;
  identityNumber?: string;
  pin?: string;
  pinAgain?: string;
}

export interface RecoverScreenProps {
  readonly status: SecurityStatus;
  readonly onBack: () => void;
}

/**
 * Forgot PIN: a recovery code plus an identity check (the authenticator's code when
 * two-factor codes are on, else the verified name and ID number) sets a new PIN and unlocks
 * Purse. With neither set up, the code starts a three-day wait instead, and the same code
 * sets the PIN after it. The code is spent even if the person never uses Purse again, so the
 * new PIN is asked for here, twice, before anything is sent.
 */
export function RecoverScreen({ status, onBack }: RecoverScreenProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecoverValues>();
  const queryClient = useQueryClient();
  const stage = waitStage(status, useNow(status.recoveryReadyAt !== null));
  const asksPin = stage === 'none' || stage === 'ready';
  const recover = useStatusMutation('security.recover', (next) => {
    void message.success(
      next.recoveryCodesLeft > 0
        ? t('lock.recover.done', { count: next.recoveryCodesLeft })
        : t('lock.recover.doneNone'),
      6,
    );
  });

  const submit = (values: RecoverValues) => {
    recover.mutate(
      {
        recoveryCode: values.recoveryCode.trim(),
        ...(asksPin && values.pin ? { newPin: values.pin } : {}),
        ...(status.recoveryCheck === 'totp' && values.totpCode
          ? { totpCode: values.totpCode }
          : {}),
        ...(status.recoveryCheck === 'identity'
          ? {
              identity: {
                name: values.identityName?.trim() ?? '',
                number: values.identityNumber?.trim() ?? '',
              },
            }
          : {}),
      },
      {
        onError: (error) => {
          if (error.code === 'TOTP_WRONG') form.setFieldValue('totpCode', '');
          // A started wait changes what the screen says: read the status again.
          if (error.code === 'RECOVERY_PENDING')
            void queryClient.invalidateQueries({ queryKey: purseQueryKey('security.status') });
          markServerIssues(
            form,
            error,
            ['recoveryCode', 'totpCode', 'newPin'],
            t('errors.invalidField'),
          );
          if (error.code === 'VALIDATION' && error.issues?.some((i) => i.path === 'newPin'))
            form.setFields([{ name: 'pin', errors: [t('lock.pin.guessable')] }]);
        },
      },
    );
  };

  return (
    <GateLayout
      icon={<KeyOutlined />}
      title={t('lock.recover.title')}
      intro={t('lock.recover.intro')}
    >
      <VerticalForm<RecoverValues> name="recover" form={form} onFinish={submit}>
        <WaitNotice stage={stage} readyAt={status.recoveryReadyAt} />
        {/* While a reset waits there is nothing to enter: the notice says when to come back. */}
        {stage === 'waiting' ? null : (
          <>
            <Form.Item
              name="recoveryCode"
              label={t('lock.recover.code')}
              validateTrigger={['onBlur']}
              rules={[
                requiredText(t('lock.recover.codeRequired')),
                {
                  validator: (_rule, value: string | undefined) =>
                    !value?.trim() || looksLikeRecoveryCode(value)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('lock.recover.codeFormat'))),
                },
              ]}
            >
              <Input
                autoFocus
                autoComplete="off"
                spellCheck={false}
                placeholder="XXXXX-XXXXX"
                className="purse-recovery-code-input"
                size="large"
              />
            </Form.Item>
            <CheckFields status={status} />
            {asksPin ? (
              <NewPinFields
                className="purse-gate__pin-item"
                label={t('lock.recover.newPin')}
                againLabel={t('lock.recover.newPinAgain')}
              />
            ) : null}
            {recover.error?.code === 'RECOVERY_PENDING' ? null : (
              <FormError error={recover.error} />
            )}
            <div className="purse-gate__actions">
              <Button
                type="primary"
                htmlType="submit"
                size="large"
                block
                loading={recover.isPending}
              >
                {asksPin ? t('lock.recover.submit') : t('lock.recover.waitStart')}
              </Button>
            </div>
          </>
        )}
        <div className="purse-gate__links">
          <Button type="link" onClick={onBack}>
            {t('lock.recover.back')}
          </Button>
        </div>
      </VerticalForm>
    </GateLayout>
  );
}
