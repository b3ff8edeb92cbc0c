import { z } from 'zod';

export interface SecurityStatus {
  readonly pinSet: boolean;
  readonly appLocked: boolean;
  /** Set while too many wrong PINs keep PIN use locked. */
  readonly pinLockedUntil: number | null;
  readonly totpEnabled: boolean;
  readonly recoveryCodesLeft: number;
  readonly idleMinutes: number;
  readonly biometricAvailable: boolean;
  readonly biometricEnabled: boolean;
  readonly secretStore: 'os-keychain' | 'safe-storage' | 'dev-harness';
  /**
   * What a PIN reset asks for beside a recovery code: the 2FA code, the verified name and ID
   * number, or (with neither set up) a three-day wait that unlocking with the PIN cancels.
   */
  readonly recoveryCheck: RecoveryCheck;
  /** When a waiting reset may complete; null when none is waiting. */
  readonly recoveryReadyAt: number | null;
}

export type RecoveryCheck = 'totp' | 'identity' | 'waiting-period';

function isGuessable(pin: string): boolean {
  const digits = [...pin].map(Number);
  const same = digits.every((d) => d === digits[0]);
  const step = (delta: number) =>
    digits.every((d, i) => i === 0 || d === (digits[i - 1]! + delta + 10) % 10);
  return same || step(1) || step(-1);
}

/** The payment PIN: six digits, not all the same and not a run like 123456. */
export const pinSchema = z
  .string()
  .regex(/^\d{6}$/, 'The PIN is six digits')
  .refine((pin) => !isGuessable(pin), 'Choose a PIN that is harder to guess than 123456 or 111111');

/** A PIN being checked: six digits (guessable or not, it is the stored one that counts). */
export const pinAttemptSchema = z.string().regex(/^\d{6}$/, 'The PIN is six digits');
export const totpCodeSchema = z.string().regex(/^\d{6}$/, 'The code is six digits');
export const recoveryCodeSchema = z.string().trim().min(10).max(20);

export interface SecurityEventView {
  readonly id: string;
  readonly at: number;
  readonly kind: string;
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

export interface TotpEnrolment {
  readonly secret: string;
  readonly otpauthUrl: string;
}
