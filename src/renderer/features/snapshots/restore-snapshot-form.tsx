import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PurseError } from '../../../shared/errors';
import type { SnapshotInfo } from '../../../shared/snapshots';
import { FormError } from '../../components/form-error';
import type { authOf } from '../backup/auth-fields';
import { ReplaceLedgerForm } from '../backup/replace-ledger-form';
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
  return (
    <ReplaceLedgerForm
      name="snapshot-restore"
      details={<SnapshotDetails snapshot={snapshot} />}
      warning={t('snapshots.replaceWarning')}
      withCode={withCode}
      error={<FormError error={error} />}
      pending={pending}
      confirmLabel={t('snapshots.confirm')}
      {...(onCancel ? { back: <Button onClick={onCancel}>{t('common.cancel')}</Button> } : {})}
      onConfirm={onConfirm}
    />
  );
}
