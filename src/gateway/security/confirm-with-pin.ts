import type { z } from 'zod';
import { PurseError } from '../../shared/errors';
import type { authSchema } from '../../shared/payment-schemas';
import type { SecurityService } from './security-service';

/** The PIN, or Touch ID where the person turned it on: what every movement of money asks. */
export async function confirmItIsYou(
  security: SecurityService,
  auth: z.output<typeof authSchema>,
  reason: string,
): Promise<void> {
  if (auth.biometric) await security.verifyBiometric(reason);
  else if (auth.pin !== undefined) await security.verifyPin(auth.pin);
  else throw new PurseError('PIN_REQUIRED', 'Confirm with your PIN.');
}

/**
 * What backups and snapshots ask before they read or replace the whole ledger: the PIN (or
 * Touch ID), and the two-factor code too when it is on.
 */
export async function confirmWithPin(
  security: SecurityService,
  auth: z.output<typeof authSchema>,
  reason: string,
): Promise<void> {
  await confirmItIsYou(security, auth, reason);
  if (await security.totpEnabled()) await security.verifyTotp(auth.totp);
}
