import { WarningOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../shared/snapshots';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { GateLayout } from '../../components/gate-layout';
import { RestoreSnapshotForm } from './restore-snapshot-form';

export interface RecoveryScreenProps {
  readonly status: RecoveryStatus;
  readonly withCode: boolean;
  /** Goes on to the lock screen with the ledger as it is. */
  readonly onContinue: () => void;
}

/**
 * Shown at start, before the lock screen, when the ledger did not open or failed its quick
 * check: says so and offers the newest snapshot that opens, restored with the PIN, rather
 * than a dead end.
 */
export function RecoveryScreen({ status, withCode, onContinue }: RecoveryScreenProps) {
  const { t } = useTranslation();
  const restore = usePurseMutation('recovery.restore');
  const { snapshot } = status;
  return (
    <GateLayout
      wide
      icon={<WarningOutlined />}
      title={
        status.opened ? t('snapshots.recovery.damagedTitle') : t('snapshots.recovery.closedTitle')
      }
      intro={snapshot ? t('snapshots.recovery.offer') : t('snapshots.recovery.none')}
      footer={
        <Button type="link" onClick={onContinue}>
          {t('snapshots.recovery.continue')}
        </Button>
      }
    >
      {snapshot ? (
        <RestoreSnapshotForm
          snapshot={snapshot}
          onConfirm={(auth) => restore.mutate({ name: snapshot.name, auth })}
          pending={restore.isPending}
          error={restore.error}
          withCode={withCode}
        />
      ) : null}
    </GateLayout>
  );
}
