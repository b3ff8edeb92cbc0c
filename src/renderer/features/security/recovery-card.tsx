import { Alert, Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityStatus } from '../../../shared/security';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { ShowCodesOnce } from '../../components/recovery-codes';
import { PinConfirmDialog, stepUpOf } from './pin-confirm-dialog';
import { SectionCard } from '../../components/section-card';

/** How many recovery codes are left, and a new set (shown once) for the PIN. */
export function RecoveryCard({ status }: { readonly status: SecurityStatus }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const regenerate = usePurseMutation('security.regenerateRecoveryCodes', {
    onSuccess: (result) => {
      setAsking(false);
      setCodes(result.recoveryCodes);
    },
  });
  const left = status.recoveryCodesLeft;
  return (
    <SectionCard title={t('security.recovery.title')}>
      <Typography.Paragraph>{t('security.recovery.left', { count: left })}</Typography.Paragraph>
      {status.recoveryCheck === 'waiting-period' ? (
        <Alert
          className="purse-form-error"
          type="info"
          showIcon
          title={t('security.recovery.check.waiting-period')}
        />
      ) : (
        <Typography.Paragraph type="secondary">
          {t(`security.recovery.check.${status.recoveryCheck}`)}
        </Typography.Paragraph>
      )}
      {left === 0 ? (
        <Alert
          className="purse-form-error"
          type="error"
          showIcon
          title={t('security.recovery.none')}
        />
      ) : left <= 3 ? (
        <Alert
          className="purse-form-error"
          type="warning"
          showIcon
          title={t('security.recovery.low')}
        />
      ) : null}
      <Button
        onClick={() => {
          regenerate.reset();
          setAsking(true);
        }}
      >
        {t('security.recovery.regenerate')}
      </Button>
      <PinConfirmDialog
        open={asking}
        title={t('security.recovery.regenerateTitle')}
        warning={t('security.recovery.regenerateWarning')}
        {...(status.totpEnabled ? { body: t('security.recovery.regenerateBodyWithCode') } : {})}
        submitLabel={t('security.recovery.regenerateSubmit')}
        danger
        withCode={status.totpEnabled}
        pending={regenerate.isPending}
        error={regenerate.error}
        onSubmit={(values) => regenerate.mutate(stepUpOf(values))}
        onCancel={() => setAsking(false)}
      />
      {/* Shown once: the dialog closes only once the person says the codes are saved. */}
      <Modal
        open={codes !== null}
        title={t('security.recovery.newCodesTitle')}
        footer={null}
        closable={false}
        keyboard={false}
        mask={{ closable: false }}
        destroyOnHidden
        width={560}
      >
        {codes ? (
          <ShowCodesOnce
            codes={codes}
            doneLabel={t('security.recovery.done')}
            onDone={() => setCodes(null)}
          />
        ) : null}
      </Modal>
    </SectionCard>
  );
}
