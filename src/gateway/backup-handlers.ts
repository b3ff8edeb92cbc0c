import type { LedgerInternalApi, ParsedInput } from '../shared/contract';
import type { Clock } from '../shared/clock';
import type { BackupSaved } from '../shared/exports';
import type { FileSink } from './file-sink';
import { confirmWithPin } from './security/confirm-with-pin';
import type { SecurityLog } from './security/security-log';
import type { SecurityService } from './security/security-service';

/**
 * Backups hold everything, so both ways need the PIN, and the two-factor code too when it
 * is on; every export is written to the security log.
 */
export function backupHandlers(
  security: SecurityService,
  log: SecurityLog,
  internal: LedgerInternalApi,
  files: FileSink,
  clock: Clock,
) {
  const authorise = (auth: ParsedInput<'backups.create'>['auth']) =>
    confirmWithPin(security, auth, 'back up or restore Purse');
  return {
    'backups.create': async (input: ParsedInput<'backups.create'>) => {
      await authorise(input.auth);
      const created = await internal['backups.create']({ passphrase: input.passphrase });
      await log.append('backup.exported', { transactions: created.summary.transactions });
      return created;
    },
    /** The same backup, written by main where the person chose in the save dialog. */
    'backups.save': async (input: ParsedInput<'backups.save'>): Promise<BackupSaved> => {
      await authorise(input.auth);
      const day = new Date(clock.now()).toISOString().slice(0, 10);
      const target = await files.choose({
        kind: 'backup',
        suggestedName: `purse-backup-${day}.purse`,
      });
      if (!target) return { saved: false, summary: null };
      try {
        const created = await internal['backups.create']({ passphrase: input.passphrase });
        await target.write(created.file);
        await target.finish();
        await log.append('backup.exported', { transactions: created.summary.transactions });
        return { saved: true, summary: created.summary };
      } catch (error) {
        await target.abort();
        throw error;
      }
    },
    /** What a backup holds, before anything changes; the passphrase is all it needs. */
    'backups.inspect': (input: ParsedInput<'backups.inspect'>) =>
      internal['backups.restore']({ ...input, confirm: false }),
    'backups.restore': async (input: ParsedInput<'backups.restore'>) => {
      await authorise(input.auth);
      const { auth: _auth, ...rest } = input;
      const restored = await internal['backups.restore'](rest);
      if (restored.restored)
        await log.append('backup.restored', { transactions: restored.summary.transactions });
      return restored;
    },
  };
}
