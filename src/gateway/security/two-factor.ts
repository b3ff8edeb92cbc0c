import type { Clock } from '../../shared/clock';
import { PurseError } from '../../shared/errors';
import type { AuthState, AuthStateStore } from './auth-state';
import { base32Decode, base32Encode } from './base32';
import { lockDuration, MAX_TOTP_ATTEMPTS, minutesUntil } from './lockout';
import { done, refused, unwrapOutcome, type Outcome } from './outcome';
import type { SecurityLog } from './security-log';
import { otpauthUrl, verifyTotp } from './totp';

/** How long a started authenticator enrolment waits for its first code. */
const TOTP_ENROLMENT_MS = 10 * 60_000;

/**
 * Two-factor codes (TOTP): enrolling or replacing an authenticator, checking its codes, and
 * forgetting it. Whoever calls `begin` or `remove` has already checked the PIN (and the
 * current code): this class only keeps the secret and counts the codes.
 */
export class TwoFactor {
  constructor(
    private readonly state: AuthStateStore,
    private readonly clock: Clock,
    private readonly log: SecurityLog,
  ) {}

  /**
   * Starts enrolling an authenticator (or replacing the one in use): a new secret that only
   * counts once a code from it is confirmed, within ten minutes. Asking again meanwhile
   * gives the same secret, so a second click cannot swap the QR code already scanned.
   */
  async begin(account: string): Promise<{ secret: string; otpauthUrl: string }> {
    const now = this.clock.now();
    const fresh = base32Encode(crypto.getRandomValues(new Uint8Array(20)));
    const [secret, replacing] = await this.state.update((state): [AuthState, [string, boolean]] => {
      const replacing = state.totp?.enabled === true;
      const pending = state.totpPending;
      if (pending && now - pending.startedAt < TOTP_ENROLMENT_MS)
        return [state, [pending.secret, replacing]];
      return [{ ...state, totpPending: { secret: fresh, startedAt: now } }, [fresh, replacing]];
    });
    await this.log.append('totp.enrolment-started', { replacing });
    return { secret, otpauthUrl: otpauthUrl(secret, account) };
  }

  /** Finishes enrolment with a code from the new authenticator (±1 step, as every check). */
  async confirm(code: string): Promise<void> {
    const now = this.clock.now();
    const outcome = await this.state.update((state): [AuthState, Outcome<boolean>] => {
      const pending = state.totpPending;
      if (!pending || now - pending.startedAt >= TOTP_ENROLMENT_MS) {
        return [state, refused(new PurseError('NOT_SET_UP', 'Start two-factor set-up first.'))];
      }
      const step = this.#match(pending.secret, code, null);
      if (step === undefined)
        return [state, refused(new PurseError('TOTP_WRONG', 'That code is not right.'))];
      return [
        {
          ...state,
          totp: { secret: pending.secret, enabled: true, lastStep: step },
          totpPending: null,
          failedTotps: 0,
          totpLockedUntil: null,
        },
        done(state.totp?.enabled === true),
      ];
    });
    if (!outcome.ok) await this.log.append('totp.wrong');
    else await this.log.append(outcome.value ? 'totp.replaced' : 'totp.enabled');
    unwrapOutcome(outcome);
  }

  /** Forgets the authenticator (the caller has checked the PIN and a current code). */
  async remove(): Promise<void> {
    await this.state.update((state) => [{ ...state, totp: null, totpPending: null }, undefined]);
    await this.log.append('totp.disabled');
  }

  async enabled(): Promise<boolean> {
    return (await this.state.read()).totp?.enabled ?? false;
  }

  /**
   * Checks a two-factor code (±1 step of skew); a code is accepted only once. Each check is
   * decided and recorded in one serialised update, and the fifth wrong code in a row refuses
   * codes for 30 minutes, so six digits cannot be guessed by sending many at once.
   */
  async verify(code: string | undefined): Promise<void> {
    if (code === undefined)
      throw new PurseError('TOTP_REQUIRED', 'Enter the code from your authenticator app.');
    const now = this.clock.now();
    const outcome = await this.state.update((state): [AuthState, Outcome<void>] => {
      if (!state.totp?.enabled)
        return [state, refused(new PurseError('NOT_SET_UP', 'Two-factor codes are off.'))];
      if (state.totpLockedUntil !== null && state.totpLockedUntil > now)
        return [state, refused(this.#lockedError(state.totpLockedUntil))];
      const step = this.#match(state.totp.secret, code, state.totp.lastStep);
      if (step === undefined) {
        const failedTotps = state.failedTotps + 1;
        if (failedTotps >= MAX_TOTP_ATTEMPTS) {
          const until = now + lockDuration(1);
          return [
            { ...state, failedTotps: 0, totpLockedUntil: until },
            refused(this.#lockedError(until)),
          ];
        }
        return [
          { ...state, failedTotps },
          refused(new PurseError('TOTP_WRONG', 'That code is not right.')),
        ];
      }
      return [
        {
          ...state,
          failedTotps: 0,
          totpLockedUntil: null,
          totp: { ...state.totp, lastStep: step },
        },
        done(undefined),
      ];
    });
    if (!outcome.ok) await this.log.append('totp.wrong');
    unwrapOutcome(outcome);
  }

  #lockedError(until: number): PurseError {
    const minutes = minutesUntil(until, this.clock.now());
    return new PurseError(
      'RATE_LIMITED',
      `Too many wrong codes. Try again in ${minutes} minutes.`,
      { minutes },
    );
  }

  #match(secretBase32: string, code: string, lastStep: number | null): number | undefined {
    const secret = base32Decode(secretBase32);
    if (!secret) return undefined;
    const step = verifyTotp(secret, code.replace(/\s/g, ''), this.clock.now());
    if (step === undefined || (lastStep !== null && step <= lastStep)) return undefined;
    return step;
  }
}
