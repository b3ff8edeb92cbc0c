import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../../shared/backup';
import { DateTime } from '../../components/date-time';
import { DetailList, type DetailItem } from '../../components/detail-list';
import './backup.css';

export interface BackupDetailsProps {
  /** When the copy was made, and its row's key and label ("Made", "Taken"). */
  readonly made: { readonly key: string; readonly label: string; readonly at: number };
  /** How many accounts and transactions the copy holds. */
  readonly counts: { readonly accounts: number; readonly transactions: number };
  /** Rows between when it was made and what it holds (a snapshot's size). */
  readonly before?: readonly DetailItem[];
  /** Rows after what it holds (a backup's span and schema). */
  readonly after?: readonly (DetailItem | null)[];
}

/** The details of a copy of the ledger, a backup file or a snapshot: when, and what it holds. */
export function BackupDetails({ made, counts, before = [], after = [] }: BackupDetailsProps) {
  const { t } = useTranslation();
  return (
    <DetailList
      className="purse-backup-summary"
      items={[
        { key: made.key, label: made.label, value: <DateTime value={made.at} /> },
        ...before,
        { key: 'accounts', label: t('backup.summary.accounts'), value: counts.accounts },
        {
          key: 'transactions',
          label: t('backup.summary.transactions'),
          value: counts.transactions,
        },
        ...after,
      ]}
    />
  );
}

/** What a backup holds: when it was made, by which schema, and how much. */
export function BackupSummaryList({ summary }: { readonly summary: BackupSummary }) {
  const { t } = useTranslation();
  return (
    <BackupDetails
      made={{ key: 'made', label: t('backup.summary.made'), at: summary.createdAt }}
      counts={summary}
      after={[
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
