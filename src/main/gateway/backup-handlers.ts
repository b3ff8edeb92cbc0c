import type { ParsedInput } from '../../shared/contract';
import { PurseError } from '../../shared/errors';
import type { LedgerInternalApi } from '../../shared/ledger-internal';
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
) {
  async function authorise(auth: ParsedInput<'backups.create'>['auth']): Promise<void> {
    if (auth.biometric) await security.verifyBiometric('back up or restore Purse');
    else if (auth.pin !== undefined) await security.verifyPin(auth.pin);
    else throw new PurseError('PIN_REQUIRED', 'Confirm with your PIN.');
    if (await security.totpEnabled()) await security.verifyTotp(auth.totp);
  }
  return {
    'backups.create': async (input: ParsedInput<'backups.create'>) => {
      await authorise(input.auth);
      const created = await internal['backups.create']({ passphrase: input.passphrase });
      await log.append('backup.exported', { transactions: created.summary.transactions });
      return created;
    },
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
