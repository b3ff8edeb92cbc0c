import { Button, Result, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SnapshotInfo } from '../../../shared/snapshots';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { useSecurityStatus } from '../../api/use-security';
import { DateTime } from '../../components/date-time';
import { FormError } from '../../components/form-error';
import { PageError, PageLoading } from '../../components/page-state';
import { useFormattingLocale } from '../../i18n/use-locale';
import { SnapshotDetails } from './snapshot-details';
import { formatFileSize } from './file-size';
import { RestoreSnapshotForm } from './restore-snapshot-form';
import './snapshots.css';
import { SectionCard } from '../../components/section-card';

/**
 * Settings → Snapshots: the automatic encrypted snapshots Purse keeps, newest first, with
 * date, size and counts; take one now, or restore one with the PIN after a warning.
 */
export function SnapshotsCard() {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<SnapshotInfo | null>(null);
  const restore = usePurseMutation('snapshots.restore');

  const body = () => {
    if (restore.data?.restored && chosen)
      return (
        <Result
          status="success"
          title={t('snapshots.doneTitle')}
          subTitle={<SnapshotDetails snapshot={chosen} />}
          extra={
            <Button
              onClick={() => {
                restore.reset();
                setChosen(null);
              }}
            >
              {t('backup.restore.close')}
            </Button>
          }
        />
      );
    if (chosen)
      return (
        <ConfirmRestore snapshot={chosen} restore={restore} onCancel={() => setChosen(null)} />
      );
    return <SnapshotList onRestore={setChosen} />;
  };

  return (
    <SectionCard className="purse-form-card purse-backup-card" title={t('snapshots.title')}>
      <p className="purse-dialog-body">{t('snapshots.intro')}</p>
      {body()}
    </SectionCard>
  );
}

function ConfirmRestore({
  snapshot,
  restore,
  onCancel,
}: {
  readonly snapshot: SnapshotInfo;
  readonly restore: ReturnType<typeof usePurseMutation<'snapshots.restore'>>;
  readonly onCancel: () => void;
}) {
  const status = useSecurityStatus();
  return (
    <RestoreSnapshotForm
      snapshot={snapshot}
      onConfirm={(auth) => restore.mutate({ name: snapshot.name, auth })}
      pending={restore.isPending}
      error={restore.error}
      withCode={status.data?.totpEnabled ?? false}
      onCancel={() => {
        restore.reset();
        onCancel();
      }}
    />
  );
}

function SnapshotList({ onRestore }: { readonly onRestore: (snapshot: SnapshotInfo) => void }) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const snapshots = usePurseQuery('snapshots.list');
  const take = usePurseMutation('snapshots.create');
  if (snapshots.isError)
    return <PageError error={snapshots.error} onRetry={() => void snapshots.refetch()} />;
  if (!snapshots.data) return <PageLoading rows={3} />;
  return (
    <>
      {snapshots.data.length === 0 ? (
        <p className="purse-snapshot-empty">{t('snapshots.empty')}</p>
      ) : (
        <ul className="purse-snapshot-list" aria-label={t('snapshots.title')}>
          {snapshots.data.map((snapshot) => (
            <li key={snapshot.name} className="purse-snapshot-item">
              <div>
                <div className="purse-snapshot-item__date">
                  <DateTime value={snapshot.createdAt} />
                </div>
                <div className="purse-snapshot-item__line">
                  {t('snapshots.line', {
                    size: formatFileSize(snapshot.size, locale),
                    accounts: t('snapshots.accounts', { count: snapshot.accounts }),
                    transactions: t('snapshots.transactions', { count: snapshot.transactions }),
                  })}
                </div>
              </div>
              <Button onClick={() => onRestore(snapshot)}>{t('snapshots.restore')}</Button>
            </li>
          ))}
        </ul>
      )}
      <FormError error={take.error} />
      <Space className="purse-form-actions">
        <Button onClick={() => take.mutate(undefined)} loading={take.isPending}>
          {t('snapshots.takeNow')}
        </Button>
      </Space>
    </>
  );
}
