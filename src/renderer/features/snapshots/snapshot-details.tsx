import { useTranslation } from 'react-i18next';
import type { SnapshotInfo } from '../../../shared/snapshots';
import { DateTime } from '../../components/date-time';
import { DetailList } from '../../components/detail-list';
import { useFormattingLocale } from '../../i18n/use-locale';
import { formatFileSize } from './file-size';

/** When a snapshot was taken, its size and what it holds. */
export function SnapshotDetails({ snapshot }: { readonly snapshot: SnapshotInfo }) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  return (
    <DetailList
      className="purse-backup-summary"
      items={[
        {
          key: 'taken',
          label: t('snapshots.taken'),
          value: <DateTime value={snapshot.createdAt} />,
        },
        { key: 'size', label: t('snapshots.size'), value: formatFileSize(snapshot.size, locale) },
        { key: 'accounts', label: t('backup.summary.accounts'), value: snapshot.accounts },
        {
          key: 'transactions',
          label: t('backup.summary.transactions'),
          value: snapshot.transactions,
        },
      ]}
    />
  );
}
