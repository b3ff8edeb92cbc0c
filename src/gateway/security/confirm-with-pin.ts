import type { z } from 'zod';
import { PurseError } from '../../shared/errors';
import type { authSchema } from '../../shared/payment-schemas';
import type { SecurityService } from './security-service';

/**
 * What backups and snapshots ask before they read or replace the whole ledger: the PIN (or
 * Touch ID), and the two-factor code too when it is on.
 */
export async function confirmWithPin(
  security: SecurityService,
  auth: z.output<typeof authSchema>,
  reason: string,
): Promise<void> {
  if (auth.biometric) await security.verifyBiometric(reason);
  else if (auth.pin !== undefined) await security.verifyPin(auth.pin);
  else throw new PurseError('PIN_REQUIRED', 'Confirm with your PIN.');
  if (await security.totpEnabled()) await security.verifyTotp(auth.totp);
}
