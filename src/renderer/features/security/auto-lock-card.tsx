import { App, Button, Form, InputNumber, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '../../../shared/security';
import { FormError } from '../../components/form-error';
import { lockShortcutLabel } from '../../components/pin/pin-rules';
import { useStatusMutation } from '../../api/use-security';
import { PinConfirmDialog, stepUpOf } from './pin-confirm-dialog';
import { SectionCard } from '../../components/section-card';
import { VerticalForm } from '../../components/vertical-form';

/** How soon Purse locks itself, and Touch ID where the computer has it. */
export function AutoLockCard({ status }: { readonly status: SecurityStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ minutes: number }>();
  // Locking later waits here for the PIN; locking sooner is saved at once.
  const [later, setLater] = useState<number | null>(null);
  const save = useStatusMutation('security.setIdleTimeout', (next) => {
    void message.success(t('security.autoLock.saved', { count: next.idleMinutes }));
    setLater(null);
  });
  return (
    <SectionCard title={t('security.autoLock.title')}>
      <VerticalForm<{ minutes: number }>
        name="auto-lock"
        form={form}
        initialValues={{ minutes: status.idleMinutes }}
        onFinish={({ minutes }) => {
          save.reset();
          if (minutes > status.idleMinutes) setLater(minutes);
          else save.mutate({ minutes });
        }}
      >
        <Form.Item
          label={t('security.autoLock.minutes')}
          extra={t('security.autoLock.help', { keys: lockShortcutLabel() })}
          required
        >
          <Space.Compact>
            <Form.Item
              name="minutes"
              noStyle
              rules={[
                {
                  required: true,
                  type: 'integer',
                  min: 1,
                  max: 240,
                  message: t('security.autoLock.range'),
                },
              ]}
            >
              <InputNumber
                aria-label={t('security.autoLock.minutes')}
                min={1}
                max={240}
                precision={0}
                suffix={t('security.autoLock.suffix')}
                className="purse-minutes-input"
              />
            </Form.Item>
            <Button htmlType="submit" loading={save.isPending}>
              {t('security.autoLock.save')}
            </Button>
          </Space.Compact>
        </Form.Item>
        {later === null ? <FormError error={save.error} /> : null}
      </VerticalForm>
      <PinConfirmDialog
        open={later !== null}
        title={t('security.autoLock.longerTitle')}
        body={t('security.autoLock.longerBody')}
        submitLabel={t('security.autoLock.save')}
        withCode={status.totpEnabled}
        pending={save.isPending}
        error={later === null ? null : save.error}
        onSubmit={(values) =>
          save.mutate({ minutes: later ?? status.idleMinutes, ...stepUpOf(values) })
        }
        onCancel={() => setLater(null)}
      />
      {status.biometricAvailable ? <BiometricSetting status={status} /> : null}
    </SectionCard>
  );
}

function BiometricSetting({ status }: { readonly status: SecurityStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<boolean | null>(null);
  const toggle = useStatusMutation('security.setBiometric', (next) => {
    void message.success(
      next.biometricEnabled ? t('security.biometric.on') : t('security.biometric.off'),
    );
    setAsking(null);
  });
  return (
    <div className="purse-setting-row">
      <div>
        <label htmlFor="purse-biometric" className="purse-setting-row__label">
          {t('security.biometric.label')}
        </label>
        <Typography.Paragraph type="secondary" className="purse-setting-row__help">
          {t('security.biometric.help')}
        </Typography.Paragraph>
      </div>
      <Switch
        id="purse-biometric"
        checked={status.biometricEnabled}
        onChange={(enabled) => {
          toggle.reset();
          setAsking(enabled);
        }}
      />
      <PinConfirmDialog
        open={asking !== null}
        title={asking ? t('security.biometric.turnOnTitle') : t('security.biometric.turnOffTitle')}
        body={
          status.totpEnabled
            ? t('security.biometric.confirmBodyWithCode')
            : t('security.biometric.confirmBody')
        }
        submitLabel={asking ? t('security.biometric.turnOn') : t('security.biometric.turnOff')}
        withCode={status.totpEnabled}
        pending={toggle.isPending}
        error={toggle.error}
        onSubmit={(values) => toggle.mutate({ enabled: asking ?? false, ...stepUpOf(values) })}
        onCancel={() => setAsking(null)}
      />
    </div>
  );
}
