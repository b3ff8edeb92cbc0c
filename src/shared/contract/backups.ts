import type { BackupCreated, BackupRestored } from '../backup';
import type { BackupSaved } from '../exports';
import * as bk from '../backup';
import * as ex from '../exports';
import { guarded, read } from './define';
import { SECURITY_VIEWS } from './views';

/** Whole-ledger backups, sealed with a passphrase; saved and read by main. Each needs the PIN
 * and, when two-factor codes are on, the code: a backup holds everything. */
export const backupsMethods = {
  'backups.create': guarded<BackupCreated>()(bk.backupsCreateInput, 'pin+2fa', SECURITY_VIEWS),
  'backups.restore': guarded<BackupRestored>()(bk.backupsRestoreInput, 'pin+2fa', 'all'),
  'backups.save': guarded<BackupSaved>()(ex.backupsSaveInput, 'pin+2fa', SECURITY_VIEWS),
  'backups.inspect': read<BackupRestored>()('gateway', ex.backupsInspectInput, { uncached: true }),
} as const;
