import { Alert, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PurseError } from '../../../shared/errors';
import type { SnapshotInfo } from '../../../shared/snapshots';
import { FormError } from '../../components/form-error';
import { AuthFields, authOf } from '../backup/auth-fields';
import { SnapshotDetails } from './snapshot-details';

export interface RestoreSnapshotFormProps {
  readonly snapshot: SnapshotInfo;
  readonly onConfirm: (auth: ReturnType<typeof authOf>) => void;
  readonly pending: boolean;
  readonly error: PurseError | null;
  readonly withCode: boolean;
  readonly onCancel?: () => void;
}

/** What the snapshot holds, the warning, and the PIN: the one step that replaces the ledger. */
export function RestoreSnapshotForm(props: RestoreSnapshotFormProps) {
  const { snapshot, onConfirm, pending, error, withCode, onCancel } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<{ pin: string; code?: string }>();
  return (
    <Form
      form={form}
      name="snapshot-restore"
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => {
        onConfirm(authOf(values));
        form.setFieldValue('pin', '');
        form.setFieldValue('code', '');
      }}
    >
      <SnapshotDetails snapshot={snapshot} />
      <Alert
        className="purse-form-error"
        type="warning"
        showIcon
        title={t('snapshots.replaceWarning')}
      />
      <AuthFields withCode={withCode} />
      <FormError error={error} />
      <div className="purse-form-actions">
        {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
        <Button type="primary" danger htmlType="submit" loading={pending}>
          {t('snapshots.confirm')}
        </Button>
      </div>
    </Form>
  );
}
