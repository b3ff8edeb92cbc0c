import { Alert, Button, Form, Input, Progress, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { useSecurityStatus } from '../../api/use-security';
import { AuthFields, authOf } from './auth-fields';
import { BackupSummaryList } from './backup-summary';
import { MIN_PASSPHRASE, passphraseStrength } from './passphrase-strength';
import { FormActions } from '../../components/form-actions';
import { SectionCard } from '../../components/section-card';
import { VerticalForm } from '../../components/vertical-form';

interface BackupValues {
  readonly passphrase: string;
  readonly again: string;
  readonly pin: string;
  readonly code?: string;
}

const STRENGTH_STEPS = { tooShort: 0, weak: 1, fair: 2, strong: 3 } as const;

/** Back up: a passphrase typed twice (with a strength hint), the PIN, then the save dialog. */
export function BackupCard() {
  const { t } = useTranslation();
  const save = useBackupSave();
  return (
    <SectionCard className="purse-form-card purse-backup-card" title={t('backup.create.title')}>
      <p className="purse-dialog-body">{t('backup.create.intro')}</p>
      {save.data?.saved && save.data.summary ? (
        <Result
          status="success"
          title={t('backup.create.savedTitle')}
          subTitle={<BackupSummaryList summary={save.data.summary} />}
          extra={<Button onClick={() => save.reset()}>{t('backup.create.another')}</Button>}
        />
      ) : (
        <BackupForm save={save} />
      )}
    </SectionCard>
  );
}

/** The form lives only while no backup is shown as saved, so it starts empty each time. */
function BackupForm({ save }: { readonly save: ReturnType<typeof useBackupSave> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BackupValues>();
  const status = useSecurityStatus();
  const passphrase = Form.useWatch('passphrase', form) ?? '';
  const strength = passphraseStrength(passphrase);
  return (
    <VerticalForm<BackupValues>
      form={form}
      name="backup-create"
      onFinish={(values) => {
        save.mutate({ passphrase: values.passphrase, auth: authOf(values) });
        form.setFieldValue('pin', '');
        form.setFieldValue('code', '');
      }}
    >
      <Form.Item
        name="passphrase"
        label={t('backup.passphrase')}
        extra={
          passphrase ? (
            <div className="purse-backup-strength" aria-live="polite">
              <Progress
                steps={3}
                percent={(STRENGTH_STEPS[strength] / 3) * 100}
                showInfo={false}
                size={[36, 6]}
                strokeColor={strength === 'strong' ? undefined : '#faad14'}
              />
              <span>{t(`backup.strength.${strength}`)}</span>
            </div>
          ) : (
            t('backup.create.passphraseHelp', { count: MIN_PASSPHRASE })
          )
        }
        rules={[
          { required: true, message: t('backup.create.passphraseRequired') },
          {
            validator: (_rule, value: string | undefined) =>
              value && [...value].length < MIN_PASSPHRASE
                ? Promise.reject(new Error(t('backup.create.tooShort', { count: MIN_PASSPHRASE })))
                : Promise.resolve(),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="again"
        label={t('backup.create.again')}
        dependencies={['passphrase']}
        rules={[
          { required: true, message: t('backup.create.againRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('passphrase')
                ? Promise.resolve()
                : Promise.reject(new Error(t('backup.create.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
      <Alert type="warning" showIcon title={t('backup.create.forgetWarning')} />
      <AuthFields withCode={status.data?.totpEnabled ?? false} />
      {save.data && !save.data.saved ? (
        <Alert type="info" showIcon title={t('backup.create.notSaved')} />
      ) : null}
      <FormActions submitLabel={t('backup.create.submit')} request={save} />
    </VerticalForm>
  );
}

function useBackupSave() {
  return usePurseMutation('backups.save');
}
