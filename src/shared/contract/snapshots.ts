import * as s from '../schemas';
import * as sn from '../snapshots';
import type { RecoveryStatus, SnapshotInfo, SnapshotRestored } from '../snapshots';
import { guarded, read, write } from './define';

/**
 * Automatic encrypted snapshots, kept by main in the app's data folder, and the start-up
 * check that offers the newest one when the ledger is damaged. Restores go through the
 * backups' checked restore and need the PIN.
 */
export const snapshotsMethods = {
  'snapshots.list': read<SnapshotInfo[]>()('gateway', s.emptyInput),
  /** Takes one now (the ledger must verify first), then rotates. */
  'snapshots.create': write<SnapshotInfo>()('gateway', s.emptyInput, {
    stale: ['snapshots.list'],
  }),
  'snapshots.restore': guarded<SnapshotRestored>()(sn.snapshotsRestoreInput, 'pin+2fa', 'all'),
  /**
   * Whether the ledger opened and passed its quick check at start, and if not, the newest
   * snapshot that opens. Works while locked: the screen that offers it comes before the
   * lock screen, and it holds nothing of the ledger but counts.
   */
  'recovery.status': read<RecoveryStatus>()('gateway', s.emptyInput, { needs: 'nothing' }),
  /**
   * `snapshots.restore` for a ledger that failed to open or its check at start, before the
   * app can be unlocked: the PIN and code are checked first, as for any restore, and it is
   * refused while the ledger is sound.
   */
  'recovery.restore': write<SnapshotRestored>()('gateway', sn.recoveryRestoreInput, {
    needs: 'pin+2fa',
    whileLocked: true,
    stale: 'all',
  }),
} as const;
