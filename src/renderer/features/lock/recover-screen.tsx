import { KeyOutlined } from '@ant-design/icons';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '../../../shared/security';
import { FormError } from '../../components/form-error';
import { markServerIssues } from '../../components/server-issues';
import { GateLayout } from './gate-layout';
import { NewPinFields } from './new-pin-fields';
import { PinInput } from './pin-input';
import { looksLikeRecoveryCode } from './pin-rules';
import { useStatusMutation } from './use-security';

interface RecoverValues {
  recoveryCode: string;
  totpCode?: string;
  pin: string;
  pinAgain: string;
}

/**
 * Forgot PIN: a recovery code (and the authenticator's code when two-factor codes are on)
 * sets a new PIN and unlocks Purse. The code is spent even if the person never uses Purse
 * again, so the new PIN is asked for here, twice, before anything is sent.
 */
export function RecoverScreen({
  status,
  onBack,
}: {
  readonly status: SecurityStatus;
  readonly onBack: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecoverValues>();
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
        newPin: values.pin,
        ...(status.totpEnabled && values.totpCode ? { totpCode: values.totpCode } : {}),
      },
      {
        onError: (error) => {
          if (error.code === 'TOTP_WRONG') form.setFieldValue('totpCode', '');
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
      <Form<RecoverValues>
        name="recover"
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
      >
        <Form.Item
          name="recoveryCode"
          label={t('lock.recover.code')}
          validateTrigger={['onBlur']}
          rules={[
            { required: true, whitespace: true, message: t('lock.recover.codeRequired') },
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
        {status.totpEnabled ? (
          <Form.Item
            name="totpCode"
            label={t('lock.recover.totp')}
            extra={t('lock.recover.totpHelp')}
            className="purse-gate__pin-item"
            validateTrigger={['onBlur']}
            rules={[{ required: true, len: 6, message: t('lock.pin.required') }]}
          >
            <PinInput masked={false} />
          </Form.Item>
        ) : null}
        <NewPinFields
          className="purse-gate__pin-item"
          label={t('lock.recover.newPin')}
          againLabel={t('lock.recover.newPinAgain')}
        />
        <FormError error={recover.error} />
        <div className="purse-gate__actions">
          <Button type="primary" htmlType="submit" size="large" block loading={recover.isPending}>
            {t('lock.recover.submit')}
          </Button>
        </div>
        <div className="purse-gate__links">
          <Button type="link" onClick={onBack}>
            {t('lock.recover.back')}
          </Button>
        </div>
      </Form>
    </GateLayout>
  );
}
