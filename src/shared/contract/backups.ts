import type { BackupCreated, BackupRestored } from '../backup';
import type { BackupSaved } from '../exports';
import * as bk from '../backup';
import * as ex from '../exports';
import { read, write } from './define';
import { SECURITY_VIEWS } from './views';

/** Whole-ledger backups, sealed with a passphrase; saved and read by main. Each needs the PIN
 * and, when two-factor codes are on, the code: a backup holds everything. */
export const backupsMethods = {
  'backups.create': write<BackupCreated>()('gateway', bk.backupsCreateInput, {
    needs: 'pin+2fa',
    stale: SECURITY_VIEWS,
  }),
  'backups.restore': write<BackupRestored>()('gateway', bk.backupsRestoreInput, {
    needs: 'pin+2fa',
    stale: 'all',
  }),
  'backups.save': write<BackupSaved>()('gateway', ex.backupsSaveInput, {
    needs: 'pin+2fa',
    stale: SECURITY_VIEWS,
  }),
  'backups.inspect': read<BackupRestored>()('gateway', ex.backupsInspectInput, { uncached: true }),
} as const;
