import { useTranslation } from 'react-i18next';
import type { SnapshotInfo } from '../../../shared/snapshots';
import { useFormattingLocale } from '../../i18n/use-locale';
import { BackupDetails } from '../backup/backup-summary';
import { formatFileSize } from './file-size';

/** When a snapshot was taken, its size and what it holds. */
export function SnapshotDetails({ snapshot }: { readonly snapshot: SnapshotInfo }) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  return (
    <BackupDetails
      made={{ key: 'taken', label: t('snapshots.taken'), at: snapshot.createdAt }}
      counts={snapshot}
      before={[
        { key: 'size', label: t('snapshots.size'), value: formatFileSize(snapshot.size, locale) },
      ]}
    />
  );
}
