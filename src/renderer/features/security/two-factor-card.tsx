import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Form, Skeleton, Space, Tag, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus, TotpEnrolment } from '../../../shared/security';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { PinInput } from '../../components/pin/pin-input';
import { useStatusMutation } from '../../api/use-security';
import { PinConfirmDialog, stepUpOf } from './pin-confirm-dialog';
import { groupKey } from './totp-key';
import { FormActions } from '../../components/form-actions';
import { SectionCard } from '../../components/section-card';
import { FormDialog } from '../../components/form-dialog';
import { VerticalForm } from '../../components/vertical-form';

/** Two-factor codes: set up with a QR code (or the key by hand), or turn off. */
export function TwoFactorCard({ status }: { readonly status: SecurityStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [disabling, setDisabling] = useState(false);
  const [beginning, setBeginning] = useState(false);
  const begin = usePurseMutation('security.totpBegin', {
    onSuccess: (started) => {
      setBeginning(false);
      setEnrolment(started);
    },
  });
  const startBeginning = () => {
    begin.reset();
    setBeginning(true);
  };
  const disable = useStatusMutation('security.totpDisable', () => {
    void message.success(t('security.twoFactor.disabled'));
    setDisabling(false);
  });

  return (
    <SectionCard
      title={t('security.twoFactor.title')}
      extra={
        status.totpEnabled ? (
          <Tag color="success">{t('security.overview.on')}</Tag>
        ) : (
          <Tag>{t('security.overview.off')}</Tag>
        )
      }
    >
      <Typography.Paragraph>
        {status.totpEnabled ? t('security.twoFactor.onBody') : t('security.twoFactor.offBody')}
      </Typography.Paragraph>
      {status.totpEnabled ? (
        <Space wrap>
          <Button onClick={startBeginning}>{t('security.twoFactor.replace')}</Button>
          <Button
            danger
            onClick={() => {
              disable.reset();
              setDisabling(true);
            }}
          >
            {t('security.twoFactor.turnOff')}
          </Button>
        </Space>
      ) : (
        <Button type="primary" onClick={startBeginning}>
          {t('security.twoFactor.setUp')}
        </Button>
      )}
      <PinConfirmDialog
        open={beginning}
        title={
          status.totpEnabled
            ? t('security.twoFactor.replaceTitle')
            : t('security.twoFactor.beginTitle')
        }
        body={
          status.totpEnabled
            ? t('security.twoFactor.replaceBody')
            : t('security.twoFactor.beginBody')
        }
        submitLabel={t('security.twoFactor.beginSubmit')}
        withCode={status.totpEnabled}
        pending={begin.isPending}
        error={begin.error}
        onSubmit={(values) => begin.mutate(stepUpOf(values))}
        onCancel={() => setBeginning(false)}
      />
      <EnrolDialog
        enrolment={enrolment}
        replacing={status.totpEnabled}
        onClose={() => setEnrolment(null)}
      />
      <PinConfirmDialog
        open={disabling}
        title={t('security.twoFactor.disableTitle')}
        warning={t('security.twoFactor.disableWarning')}
        submitLabel={t('security.twoFactor.disableSubmit')}
        danger
        withCode
        pending={disable.isPending}
        error={disable.error}
        onSubmit={(values) => disable.mutate(stepUpOf(values))}
        onCancel={() => setDisabling(false)}
      />
    </SectionCard>
  );
}

function EnrolDialog({
  enrolment,
  replacing,
  onClose,
}: {
  readonly enrolment: TotpEnrolment | null;
  readonly replacing: boolean;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      open={enrolment !== null}
      title={t('security.twoFactor.enrolTitle')}
      onClose={onClose}
      mask={{ closable: false }}
    >
      {enrolment ? (
        <EnrolForm enrolment={enrolment} replacing={replacing} onClose={onClose} />
      ) : null}
    </FormDialog>
  );
}

function EnrolForm({
  enrolment,
  replacing,
  onClose,
}: {
  readonly enrolment: TotpEnrolment;
  readonly replacing: boolean;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ code: string }>();
  const [qr, setQr] = useState<string | null>(null);
  const confirm = useStatusMutation('security.totpConfirm', () => {
    void message.success(
      replacing ? t('security.twoFactor.replaced') : t('security.twoFactor.enabled'),
    );
    onClose();
  });

  useEffect(() => {
    let live = true;
    QRCode.toDataURL(enrolment.otpauthUrl, { margin: 1, width: 184, errorCorrectionLevel: 'M' })
      .then((url) => {
        if (live) setQr(url);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [enrolment.otpauthUrl]);

  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(enrolment.secret);
      void message.success(t('security.twoFactor.keyCopied'));
    } catch {
      void message.error(t('lock.codes.copyFailed'));
    }
  };

  return (
    <VerticalForm<{ code: string }>
      name="totp-enrol"
      form={form}
      onFinish={(values) =>
        confirm.mutate({ code: values.code }, { onError: () => form.setFieldValue('code', '') })
      }
    >
      <ol className="purse-enrol-steps">
        <li>
          <p>{t('security.twoFactor.scan')}</p>
          <div className="purse-qr">
            {qr ? (
              <img src={qr} width={184} height={184} alt={t('security.twoFactor.qrAlt')} />
            ) : (
              <Skeleton.Node active className="purse-qr__placeholder" />
            )}
          </div>
          <p className="purse-enrol-manual">{t('security.twoFactor.manual')}</p>
          <div className="purse-totp-key">
            <code aria-label={t('security.twoFactor.keyLabel')} data-testid="totp-key">
              {groupKey(enrolment.secret)}
            </code>
            <Button size="small" icon={<CopyOutlined aria-hidden />} onClick={() => void copyKey()}>
              {t('security.twoFactor.copyKey')}
            </Button>
          </div>
        </li>
        <li>
          <Form.Item
            name="code"
            label={t('security.twoFactor.enterCode')}
            rules={[{ required: true, len: 6, message: t('lock.pin.required') }]}
          >
            <PinInput masked={false} onComplete={() => form.submit()} />
          </Form.Item>
        </li>
      </ol>
      <FormActions
        submitLabel={t('security.twoFactor.confirm')}
        onCancel={onClose}
        request={confirm}
      />
    </VerticalForm>
  );
}
