import type { ParsedInput } from '../../shared/contract';
import { PurseError } from '../../shared/errors';
import type { RecoveryStatus, SnapshotRestored } from '../../shared/snapshots';
import { confirmWithPin } from '../security/confirm-with-pin';
import type { SecurityLog } from '../security/security-log';
import type { SecurityService } from '../security/security-service';
import type { Snapshots } from './snapshots';

/**
 * Snapshots on Settings, and the start-up screen that offers one when the ledger is damaged.
 * Both restores need the PIN (and the code when two-factor is on), checked here, and run
 * the backups' checked restore; each is written to the security log.
 */
export function snapshotHandlers(
  security: SecurityService,
  log: SecurityLog,
  snapshots: Snapshots,
) {
  async function restore(input: ParsedInput<'snapshots.restore'>): Promise<SnapshotRestored> {
    await confirmWithPin(security, input.auth, 'restore a snapshot of Purse');
    return restoreConfirmed(input.name);
  }

  async function restoreConfirmed(name: string): Promise<SnapshotRestored> {
    const restored = await snapshots.restore(name, true);
    // A ledger that failed to open may not take a log entry before the restore; after it, it can.
    await log.append('snapshot.restored', { transactions: restored.summary.transactions });
    return restored;
  }

  async function recoveryStatus(): Promise<RecoveryStatus> {
    const check = await snapshots.startCheck();
    if (check.ok) return { damaged: false, opened: true, snapshot: null };
    return { damaged: true, opened: check.opened, snapshot: await snapshots.newestGood() };
  }

  return {
    'snapshots.list': () => snapshots.list(),
    'snapshots.create': () => snapshots.take(),
    'snapshots.restore': restore,
    'recovery.status': recoveryStatus,
    'recovery.restore': async (input: ParsedInput<'recovery.restore'>) => {
      await confirmWithPin(security, input.auth, 'restore a snapshot of Purse');
      // Only whether the ledger is damaged: which snapshot opens is the restore's to find out.
      if ((await snapshots.startCheck()).ok)
        throw new PurseError(
          'CONFLICT',
          'The ledger opened and passed its check: restore snapshots from Settings.',
        );
      return restoreConfirmed(input.name);
    },
  };
}
