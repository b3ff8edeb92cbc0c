import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../shared/backup';
import { DateTime } from '../../components/date-time';
import { DetailList } from '../../components/detail-list';
import './backup.css';

/** What a backup holds: when it was made, by which schema, and how much. */
export function BackupSummaryList({ summary }: { readonly summary: BackupSummary }) {
  const { t } = useTranslation();
  return (
    <DetailList
      className="purse-backup-summary"
      items={[
        {
          key: 'made',
          label: t('backup.summary.made'),
          value: <DateTime value={summary.createdAt} />,
        },
        { key: 'accounts', label: t('backup.summary.accounts'), value: summary.accounts },
        {
          key: 'transactions',
          label: t('backup.summary.transactions'),
          value: summary.transactions,
        },
        summary.firstTransactionAt !== null && summary.lastTransactionAt !== null
          ? {
              key: 'span',
              label: t('backup.summary.span'),
              value: (
                <>
                  <DateTime value={summary.firstTransactionAt} style="date" />
                  {' – '}
                  <DateTime value={summary.lastTransactionAt} style="date" />
                </>
              ),
            }
          : null,
        { key: 'schema', label: t('backup.summary.schema'), value: summary.schemaVersion },
      ]}
    />
  );
}
