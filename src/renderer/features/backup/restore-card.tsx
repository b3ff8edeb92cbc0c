import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Result, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../shared/backup';
import type { PurseError } from '../../../shared/errors';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { FormError } from '../../components/form-error';
import { useSecurityStatus } from '../../api/use-security';
import type { authOf } from './auth-fields';
import { ReplaceLedgerForm } from './replace-ledger-form';
import { BackupSummaryList } from './backup-summary';
import { SectionCard } from '../../components/section-card';
import { VerticalForm } from '../../components/vertical-form';

interface Chosen {
  readonly name: string;
  readonly text: string;
}

/** A damaged or foreign file says so in backup words, not as a ledger integrity failure. */
function RestoreError({ error }: { readonly error: PurseError | null }) {
  const { t } = useTranslation();
  if (error?.code === 'DATA_CORRUPT')
    return (
      <Alert
        className="purse-form-error"
        type="error"
        showIcon
        title={t('backup.restore.damaged')}
      />
    );
  return <FormError error={error} />;
}

/**
 * Restore: choose a file and its passphrase, see what it holds, then confirm with the PIN.
 * Nothing changes before that confirmation; the ledger replaces everything in one step.
 */
export function RestoreCard() {
  const { t } = useTranslation();
  const status = useSecurityStatus();
  const [file, setFile] = useState<Chosen | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [readError, setReadError] = useState(false);
  const inspect = usePurseMutation('backups.inspect');
  const restore = usePurseMutation('backups.restore');

  const startOver = () => {
    inspect.reset();
    restore.reset();
    setFile(null);
    setPassphrase('');
  };

  const body = () => {
    if (restore.data?.restored)
      return (
        <Result
          status="success"
          title={t('backup.restore.doneTitle')}
          subTitle={<BackupSummaryList summary={restore.data.summary} />}
          extra={<Button onClick={startOver}>{t('backup.restore.close')}</Button>}
        />
      );
    if (inspect.data && file)
      return (
        <ConfirmRestore
          file={file}
          summary={inspect.data.summary}
          onConfirm={(auth) => restore.mutate({ file: file.text, passphrase, confirm: true, auth })}
          pending={restore.isPending}
          error={restore.error}
          withCode={status.data?.totpEnabled ?? false}
          onStartOver={startOver}
        />
      );
    return (
      <VerticalForm
        name="backup-restore"
        onFinish={() => {
          if (file) inspect.mutate({ file: file.text, passphrase });
        }}
      >
        <Form.Item label={t('backup.restore.file')} required>
          <Upload
            accept=".purse,application/json"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(chosen) => {
              setReadError(false);
              inspect.reset();
              chosen
                .text()
                .then((text) => setFile({ name: chosen.name, text }))
                .catch(() => setReadError(true));
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />}>{t('backup.restore.choose')}</Button>
          </Upload>
          {file ? <span className="purse-backup-file">{file.name}</span> : null}
        </Form.Item>
        <Form.Item label={t('backup.passphrase')} htmlFor="purse-restore-passphrase" required>
          <Input.Password
            id="purse-restore-passphrase"
            autoComplete="off"
            maxLength={200}
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </Form.Item>
        {readError ? (
          <Alert
            className="purse-form-error"
            type="error"
            showIcon
            title={t('backup.restore.readFailed')}
          />
        ) : null}
        <RestoreError error={inspect.error} />
        <div className="purse-form-actions">
          <Button
            type="primary"
            htmlType="submit"
            disabled={!file || passphrase === ''}
            loading={inspect.isPending}
          >
            {t('backup.restore.check')}
          </Button>
        </div>
      </VerticalForm>
    );
  };

  return (
    <SectionCard className="purse-form-card purse-backup-card" title={t('backup.restore.title')}>
      <p className="purse-dialog-body">{t('backup.restore.intro')}</p>
      {body()}
    </SectionCard>
  );
}

interface ConfirmRestoreProps {
  readonly file: Chosen;
  readonly summary: BackupSummary;
  readonly onConfirm: (auth: ReturnType<typeof authOf>) => void;
  readonly pending: boolean;
  readonly error: PurseError | null;
  readonly withCode: boolean;
  readonly onStartOver: () => void;
}

/** What the file holds, the warning, and the PIN: the one step that changes anything. */
function ConfirmRestore(props: ConfirmRestoreProps) {
  const { file, summary, onConfirm, pending, error, withCode, onStartOver } = props;
  const { t } = useTranslation();
  return (
    <ReplaceLedgerForm
      name="backup-restore-confirm"
      details={
        <>
          <h3 className="purse-card-title">{t('backup.restore.holds', { name: file.name })}</h3>
          <BackupSummaryList summary={summary} />
        </>
      }
      warning={t('backup.restore.replaceWarning')}
      withCode={withCode}
      error={<RestoreError error={error} />}
      pending={pending}
      confirmLabel={t('backup.restore.confirm')}
      back={<Button onClick={onStartOver}>{t('backup.restore.another')}</Button>}
      onConfirm={onConfirm}
    />
  );
}
