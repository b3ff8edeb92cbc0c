export const MAX_PIN_ATTEMPTS = 5;
const BASE_LOCK_MS = 30 * 60_000;
const MAX_LOCK_MS = 24 * 60 * 60_000;

/** 30 minutes for the first lockout, doubling on each repeat, at most a day. */
export function lockDuration(lockouts: number): number {
  return Math.min(BASE_LOCK_MS * 2 ** Math.max(0, lockouts - 1), MAX_LOCK_MS);
}

export const MAX_RECOVERY_ATTEMPTS = 5;
/** Wrong two-factor codes in a row before codes are refused for 30 minutes. */
export const MAX_TOTP_ATTEMPTS = 5;
export const RECOVERY_LOCK_MS = 60 * 60_000;
/** A PIN reset that nothing but the recovery code vouches for completes after three days. */
export const RECOVERY_WAIT_MS = 72 * 60 * 60_000;

export function minutesUntil(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 60_000));
}
