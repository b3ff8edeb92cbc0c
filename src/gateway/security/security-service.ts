import type { Clock } from '../../shared/clock';
import { PurseError } from '../../shared/errors';
import type { RecoveryCheck, SecurityStatus } from '../../shared/security';
import { AuthStateStore, type AuthState } from './auth-state';
import { base32Decode, base32Encode } from './base32';
import type { BiometricProvider } from './biometric';
import type { IdentityCheck } from './identity-check';
import {
  lockDuration,
  MAX_PIN_ATTEMPTS,
  MAX_RECOVERY_ATTEMPTS,
  MAX_TOTP_ATTEMPTS,
  minutesUntil,
  RECOVERY_LOCK_MS,
  RECOVERY_WAIT_MS,
} from './lockout';
import type { SecretHasher } from './pin-hasher';
import { generateRecoveryCodes, normalizeRecoveryCode } from './recovery-codes';
import type { SecretStore } from './secret-store';
import type { SecurityLog } from './security-log';
import { serial } from './serial';
import { otpauthUrl, verifyTotp } from './totp';

export interface SecurityDeps {
  readonly secrets: SecretStore;
  readonly hasher: SecretHasher;
  readonly clock: Clock;
  readonly log: SecurityLog;
  readonly biometric: BiometricProvider;
  readonly identity: IdentityCheck;
}

export interface RecoverInput {
  readonly recoveryCode: string;
  readonly totpCode?: string;
  readonly identity?: { readonly name: string; readonly number: string };
  readonly newPin?: string;
}

/** The PIN, and the authenticator's code when two-factor codes are on. */
export interface Credentials {
  readonly pin: string;
  readonly code?: string | undefined;
}

/** How long a started authenticator enrolment waits for its first code. */
const TOTP_ENROLMENT_MS = 10 * 60_000;

const pinRequired = () => new PurseError('PIN_REQUIRED', 'Confirm this change with your PIN.');

type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PurseError };

const done = <T>(value: T): Outcome<T> => ({ ok: true, value });
const refused = (error: PurseError): Outcome<never> => ({ ok: false, error });

function unwrapOutcome<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/**
 * The payment PIN, app lock, two-factor codes and PIN recovery. State that must survive a
 * restart (hashes, lockouts, the TOTP secret) lives in the keychain; whether the app is
 * unlocked lives only in memory, so every start begins locked.
 */
export class SecurityService {
  readonly #state: AuthStateStore;
  readonly #pinAttempts = serial();
  readonly #recoveryAttempts = serial();
  #unlocked = false;
  #lastActivity: number;

  constructor(private readonly deps: SecurityDeps) {
    this.#state = new AuthStateStore(deps.secrets);
    this.#lastActivity = deps.clock.now();
  }

  async status(): Promise<SecurityStatus> {
    const state = await this.#state.read();
    const now = this.deps.clock.now();
    return {
      pinSet: state.pinHash !== null,
      appLocked: await this.isLocked(),
      pinLockedUntil:
        state.pinLockedUntil !== null && state.pinLockedUntil > now ? state.pinLockedUntil : null,
      totpEnabled: state.totp?.enabled ?? false,
      recoveryCodesLeft: state.recovery.filter((code) => code.usedAt === null).length,
      idleMinutes: state.idleMinutes,
      biometricAvailable: this.deps.biometric.available(),
      biometricEnabled: state.biometric && this.deps.biometric.available(),
      secretStore: this.deps.secrets.kind,
      // The lock screen must show even when the ledger cannot answer; the reset itself asks
      // again and fails clearly then.
      recoveryCheck: await this.#recoveryCheck(state).catch((): RecoveryCheck => 'identity'),
      recoveryReadyAt: state.pendingRecovery?.readyAt ?? null,
    };
  }

  /** Locked when a PIN exists and the person has not unlocked, or has been idle too long. */
  async isLocked(): Promise<boolean> {
    const state = await this.#state.read();
    if (state.pinHash === null) return false;
    if (!this.#unlocked) return true;
    if (this.deps.clock.now() - this.#lastActivity > state.idleMinutes * 60_000) {
      this.#unlocked = false;
      await this.deps.log.append('app.idle-locked');
      return true;
    }
    return false;
  }

  /** The person did something: restarts the idle timer (only while unlocked). */
  async activity(): Promise<void> {
    if (!(await this.isLocked())) this.#lastActivity = this.deps.clock.now();
  }

  async lock(): Promise<void> {
    if (this.#unlocked) await this.deps.log.append('app.locked');
    this.#unlocked = false;
  }

  /** First run: sets the PIN and returns the recovery codes, shown this once. */
  async setupPin(pin: string): Promise<{ recoveryCodes: string[] }> {
    const pinHash = await this.deps.hasher.hash(pin);
    const codes = generateRecoveryCodes();
    const recovery = await this.#hashCodes(codes);
    await this.#state.update((state) => {
      if (state.pinHash !== null) {
        throw new PurseError(
          'CONFLICT',
          'A payment PIN is already set. Change it from the Security screen.',
        );
      }
      return [{ ...state, pinHash, recovery, failedPins: 0, pinLockedUntil: null }, undefined];
    });
    await this.deps.log.append('pin.set');
    this.#unlock();
    return { recoveryCodes: codes };
  }

  async unlock(pin: string): Promise<void> {
    await this.verifyPin(pin);
    this.#unlock();
    await this.deps.log.append('app.unlocked', { method: 'pin' });
  }

  async unlockWithBiometric(): Promise<void> {
    const state = await this.#state.read();
    if (!state.biometric || !this.deps.biometric.available()) {
      throw new PurseError('NOT_SET_UP', 'Touch ID is not turned on for Purse.');
    }
    if (state.pinLockedUntil !== null && state.pinLockedUntil > this.deps.clock.now()) {
      throw this.#pinLockedError(state.pinLockedUntil);
    }
    if (!(await this.deps.biometric.prompt('unlock Purse'))) {
      await this.deps.log.append('biometric.failed');
      throw new PurseError('PIN_WRONG', 'Touch ID did not confirm it is you.');
    }
    this.#unlock();
    await this.deps.log.append('app.unlocked', { method: 'biometric' });
  }

  /** Touch ID standing in for the PIN to confirm a payment, when the person turned it on. */
  async verifyBiometric(reason: string): Promise<void> {
    const state = await this.#state.read();
    if (!state.biometric || !this.deps.biometric.available()) {
      throw new PurseError('PIN_REQUIRED', 'Confirm with your PIN.');
    }
    if (state.pinLockedUntil !== null && state.pinLockedUntil > this.deps.clock.now()) {
      throw this.#pinLockedError(state.pinLockedUntil);
    }
    if (!(await this.deps.biometric.prompt(reason))) {
      await this.deps.log.append('biometric.failed');
      throw new PurseError('PIN_WRONG', 'Touch ID did not confirm it is you.');
    }
  }

  /**
   * Checks the PIN, counting failures: the fifth wrong PIN in a row locks PIN use for 30
   * minutes, doubling on each repeat. Throws PIN_WRONG (with attempts left) or PIN_LOCKED.
   * Attempts are taken one at a time and each is counted before it is checked, so however
   * many arrive together at most five wrong ones are ever evaluated per lockout, and a right
   * PIN during a lockout is refused like any other.
   */
  verifyPin(pin: string): Promise<void> {
    return this.#pinAttempts(() => this.#checkPin(pin));
  }

  async #checkPin(pin: string): Promise<void> {
    const now = this.deps.clock.now();
    const counted = await this.#state.update((state): [AuthState, Outcome<string>] => {
      if (state.pinHash === null)
        return [state, refused(new PurseError('NOT_SET_UP', 'Set up a payment PIN first.'))];
      if (state.pinLockedUntil !== null && state.pinLockedUntil > now)
        return [state, refused(this.#pinLockedError(state.pinLockedUntil))];
      return [{ ...state, failedPins: state.failedPins + 1 }, done(state.pinHash)];
    });
    const matches = await this.deps.hasher.verify(pin, unwrapOutcome(counted));
    let cancelledReset = false;
    const outcome = await this.#state.update((latest): [AuthState, Outcome<void>] => {
      if (matches) {
        cancelledReset = latest.pendingRecovery !== null;
        // Whoever knows the PIN did not forget it: a waiting reset is called off.
        return [
          {
            ...latest,
            failedPins: 0,
            lockouts: 0,
            pinLockedUntil: null,
            pendingRecovery: null,
          },
          done(undefined),
        ];
      }
      if (latest.failedPins >= MAX_PIN_ATTEMPTS) {
        const lockouts = latest.lockouts + 1;
        const until = now + lockDuration(lockouts);
        return [
          { ...latest, failedPins: 0, lockouts, pinLockedUntil: until },
          refused(this.#pinLockedError(until)),
        ];
      }
      const left = MAX_PIN_ATTEMPTS - latest.failedPins;
      return [
        latest,
        refused(
          new PurseError('PIN_WRONG', `Wrong PIN. ${left} attempt(s) left.`, {
            attemptsLeft: left,
          }),
        ),
      ];
    });
    if (!outcome.ok) {
      await this.deps.log.append(outcome.error.code === 'PIN_LOCKED' ? 'pin.locked' : 'pin.wrong');
    } else if (cancelledReset) {
      await this.deps.log.append('recovery.cancelled');
    }
    unwrapOutcome(outcome);
  }

  async changePin(oldPin: string, newPin: string): Promise<void> {
    await this.verifyPin(oldPin);
    const pinHash = await this.deps.hasher.hash(newPin);
    await this.#state.update((state) => [{ ...state, pinHash }, undefined]);
    await this.deps.log.append('pin.changed', { method: 'old-pin' });
  }

  /**
   * What every change that weakens protection asks: the PIN, then the authenticator's code
   * when two-factor codes are on. Both are counted like any other attempt.
   */
  async authorize(credentials: Credentials): Promise<void> {
    await this.verifyPin(credentials.pin);
    if (await this.totpEnabled()) await this.verifyTotp(credentials.code);
  }

  /**
   * Locking sooner needs nothing; locking later (the longer Purse stays open unattended)
   * needs the PIN and the code, like every other weakening.
   */
  async setIdleMinutes(minutes: number, credentials: Partial<Credentials> = {}): Promise<void> {
    const before = (await this.#state.read()).idleMinutes;
    const authorized = minutes > before ? await this.#authorizeWith(credentials) : false;
    const from = await this.#state.update((state): [AuthState, number] => {
      // Another change may have landed meanwhile: decide against the latest value.
      if (minutes > state.idleMinutes && !authorized) throw pinRequired();
      return [{ ...state, idleMinutes: minutes }, state.idleMinutes];
    });
    if (from !== minutes) await this.deps.log.append('idle.changed', { from, to: minutes });
  }

  async setBiometric(enabled: boolean, credentials: Credentials): Promise<void> {
    if (enabled && !this.deps.biometric.available()) {
      throw new PurseError('UNAVAILABLE', 'This computer offers no Touch ID.');
    }
    await this.authorize(credentials);
    await this.#state.update((state) => [{ ...state, biometric: enabled }, undefined]);
    await this.deps.log.append(enabled ? 'biometric.enabled' : 'biometric.disabled');
  }

  /**
   * Starts enrolling an authenticator (or replacing the one in use): a new secret that only
   * counts once a code from it is confirmed, within ten minutes. Asking again meanwhile
   * gives the same secret, so a second click cannot swap the QR code already scanned.
   */
  async beginTotp(
    account: string,
    credentials: Credentials,
  ): Promise<{ secret: string; otpauthUrl: string }> {
    await this.authorize(credentials);
    const now = this.deps.clock.now();
    const fresh = base32Encode(crypto.getRandomValues(new Uint8Array(20)));
    const secret = await this.#state.update((state): [AuthState, string] => {
      const pending = state.totpPending;
      if (pending && now - pending.startedAt < TOTP_ENROLMENT_MS) return [state, pending.secret];
      return [{ ...state, totpPending: { secret: fresh, startedAt: now } }, fresh];
    });
    await this.deps.log.append('totp.enrolment-started', {
      replacing: await this.totpEnabled(),
    });
    return { secret, otpauthUrl: otpauthUrl(secret, account) };
  }

  /** Finishes enrolment with a code from the new authenticator (±1 step, as every check). */
  async confirmTotp(code: string): Promise<void> {
    const now = this.deps.clock.now();
    const outcome = await this.#state.update((state): [AuthState, Outcome<boolean>] => {
      const pending = state.totpPending;
      if (!pending || now - pending.startedAt >= TOTP_ENROLMENT_MS) {
        return [state, refused(new PurseError('NOT_SET_UP', 'Start two-factor set-up first.'))];
      }
      const step = this.#matchTotp(pending.secret, code, null);
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
    if (!outcome.ok) await this.deps.log.append('totp.wrong');
    else await this.deps.log.append(outcome.value ? 'totp.replaced' : 'totp.enabled');
    unwrapOutcome(outcome);
  }

  async disableTotp(credentials: Credentials): Promise<void> {
    await this.verifyPin(credentials.pin);
    await this.verifyTotp(credentials.code);
    await this.#state.update((state) => [{ ...state, totp: null, totpPending: null }, undefined]);
    await this.deps.log.append('totp.disabled');
  }

  async totpEnabled(): Promise<boolean> {
    return (await this.#state.read()).totp?.enabled ?? false;
  }

  /**
   * Checks a two-factor code (±1 step of skew); a code is accepted only once. Each check is
   * decided and recorded in one serialised update, and the fifth wrong code in a row refuses
   * codes for 30 minutes, so six digits cannot be guessed by sending many at once.
   */
  async verifyTotp(code: string | undefined): Promise<void> {
    if (code === undefined)
      throw new PurseError('TOTP_REQUIRED', 'Enter the code from your authenticator app.');
    const now = this.deps.clock.now();
    const outcome = await this.#state.update((state): [AuthState, Outcome<void>] => {
      if (!state.totp?.enabled)
        return [state, refused(new PurseError('NOT_SET_UP', 'Two-factor codes are off.'))];
      if (state.totpLockedUntil !== null && state.totpLockedUntil > now)
        return [state, refused(this.#totpLockedError(state.totpLockedUntil))];
      const step = this.#matchTotp(state.totp.secret, code, state.totp.lastStep);
      if (step === undefined) {
        const failedTotps = state.failedTotps + 1;
        if (failedTotps >= MAX_TOTP_ATTEMPTS) {
          const until = now + lockDuration(1);
          return [
            { ...state, failedTotps: 0, totpLockedUntil: until },
            refused(this.#totpLockedError(until)),
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
    if (!outcome.ok) await this.deps.log.append('totp.wrong');
    unwrapOutcome(outcome);
  }

  /**
   * Forgot PIN: a one-time recovery code plus an identity check sets a new PIN. The check is
   * the 2FA code when 2FA is on, else the verified legal name and ID number; with neither set
   * up, the code starts a three-day wait (unlocking with the PIN meanwhile cancels it) and the
   * same code completes the reset after it. Five wrong tries of any part lock recovery for an
   * hour. Every attempt is logged.
   */
  recover(input: RecoverInput): Promise<void> {
    return this.#recoveryAttempts(() => this.#recover(input));
  }

  async #recover(input: RecoverInput): Promise<void> {
    const state = await this.#state.read();
    const now = this.deps.clock.now();
    if (state.pinHash === null) throw new PurseError('NOT_SET_UP', 'No PIN is set yet.');
    if (state.recoveryLockedUntil !== null && state.recoveryLockedUntil > now) {
      const minutes = minutesUntil(state.recoveryLockedUntil, now);
      throw new PurseError(
        'RATE_LIMITED',
        `Too many recovery attempts. Try again in ${minutes} minutes.`,
        { minutes },
      );
    }
    const matched = await this.#matchRecoveryCode(state, input.recoveryCode);
    if (matched < 0) {
      await this.#countRecoveryFailure(now, 'recovery.wrong');
      throw new PurseError(
        'RECOVERY_WRONG',
        'That recovery code is not valid or was already used.',
      );
    }
    const check = await this.#recoveryCheck(state);
    if (check === 'totp') await this.#recoveryTotp(input.totpCode, now);
    else if (check === 'identity') await this.#recoveryIdentity(input.identity, now);
    else await this.#recoveryWait(state, matched, now);

    if (input.newPin === undefined) {
      throw new PurseError('VALIDATION', 'Choose a new PIN.', undefined, [
        { path: 'newPin', message: 'Choose a new PIN' },
      ]);
    }
    const pinHash = await this.deps.hasher.hash(input.newPin);
    await this.#state.update((latest) => {
      const entry = latest.recovery[matched];
      if (!entry || entry.usedAt !== null) {
        throw new PurseError('RECOVERY_WRONG', 'That recovery code was already used.');
      }
      const recovery = latest.recovery.map((item, index) =>
        index === matched ? { ...item, usedAt: now } : item,
      );
      return [
        {
          ...latest,
          pinHash,
          recovery,
          failedPins: 0,
          lockouts: 0,
          pinLockedUntil: null,
          failedRecoveries: 0,
          recoveryLockedUntil: null,
          pendingRecovery: null,
        },
        undefined,
      ];
    });
    await this.deps.log.append('recovery.used', {
      codesLeft: state.recovery.filter((c) => c.usedAt === null).length - 1,
    });
    await this.deps.log.append('pin.changed', { method: 'recovery' });
    this.#unlock();
  }

  async regenerateRecoveryCodes(credentials: Credentials): Promise<{ recoveryCodes: string[] }> {
    await this.authorize(credentials);
    const codes = generateRecoveryCodes();
    const recovery = await this.#hashCodes(codes);
    await this.#state.update((state) => [{ ...state, recovery }, undefined]);
    await this.deps.log.append('recovery.regenerated');
    return { recoveryCodes: codes };
  }

  /** Authorizes with what was sent; without a PIN there is nothing to check. */
  async #authorizeWith(credentials: Partial<Credentials>): Promise<boolean> {
    if (credentials.pin === undefined) throw pinRequired();
    await this.authorize({ pin: credentials.pin, code: credentials.code });
    return true;
  }

  #unlock(): void {
    this.#unlocked = true;
    this.#lastActivity = this.deps.clock.now();
  }

  #totpLockedError(until: number): PurseError {
    const minutes = minutesUntil(until, this.deps.clock.now());
    return new PurseError(
      'RATE_LIMITED',
      `Too many wrong codes. Try again in ${minutes} minutes.`,
      { minutes },
    );
  }

  #pinLockedError(until: number): PurseError {
    const minutes = minutesUntil(until, this.deps.clock.now());
    return new PurseError(
      'PIN_LOCKED',
      `Too many wrong PINs. PIN use is locked for ${minutes} minutes.`,
      {
        until,
        minutes,
      },
    );
  }

  #matchTotp(secretBase32: string, code: string, lastStep: number | null): number | undefined {
    const secret = base32Decode(secretBase32);
    if (!secret) return undefined;
    const step = verifyTotp(secret, code.replace(/\s/g, ''), this.deps.clock.now());
    if (step === undefined || (lastStep !== null && step <= lastStep)) return undefined;
    return step;
  }

  async #hashCodes(codes: readonly string[]): Promise<AuthState['recovery']> {
    const hashes = await Promise.all(codes.map((code) => this.deps.hasher.hash(code, 'recovery')));
    return hashes.map((hash) => ({ hash, usedAt: null }));
  }

  async #recoveryCheck(state: AuthState): Promise<RecoveryCheck> {
    if (state.totp?.enabled) return 'totp';
    if (state.pinHash !== null && (await this.deps.identity.verified())) return 'identity';
    return 'waiting-period';
  }

  /** The index of the unused recovery code that matches, or -1. */
  async #matchRecoveryCode(state: AuthState, typed: string): Promise<number> {
    const code = normalizeRecoveryCode(typed);
    let matched = -1;
    if (!code) return matched;
    for (const [index, entry] of state.recovery.entries()) {
      if (entry.usedAt === null && (await this.deps.hasher.verify(code, entry.hash)))
        matched = index;
    }
    return matched;
  }

  async #recoveryTotp(code: string | undefined, now: number): Promise<void> {
    try {
      await this.verifyTotp(code);
    } catch (error) {
      // Guessing the six digits counts against the same recovery lockout as guessing codes.
      if (error instanceof PurseError && ['TOTP_WRONG', 'RATE_LIMITED'].includes(error.code))
        await this.#countRecoveryFailure(now, null);
      throw error;
    }
  }

  async #recoveryIdentity(typed: RecoverInput['identity'], now: number): Promise<void> {
    if (typed && (await this.deps.identity.matches(typed))) return;
    await this.#countRecoveryFailure(now, 'recovery.identity-wrong');
    throw new PurseError(
      'IDENTITY_MISMATCH',
      'The name and ID number do not match the identity you verified.',
    );
  }

  async #recoveryWait(state: AuthState, matched: number, now: number): Promise<void> {
    const pending = state.pendingRecovery;
    if (pending?.code === matched && pending.readyAt <= now) return;
    let readyAt = pending?.code === matched ? pending.readyAt : now + RECOVERY_WAIT_MS;
    if (pending?.code !== matched) {
      readyAt = await this.#state.update((latest): [AuthState, number] => [
        { ...latest, pendingRecovery: { code: matched, readyAt } },
        readyAt,
      ]);
      await this.deps.log.append('recovery.started', { readyAt });
    }
    throw new PurseError(
      'RECOVERY_PENDING',
      'Purse cannot check it is you, so this reset completes after a three-day wait.',
      { readyAt },
    );
  }

  async #countRecoveryFailure(
    now: number,
    kind: 'recovery.wrong' | 'recovery.identity-wrong' | null,
  ): Promise<void> {
    const locked = await this.#state.update((state): [AuthState, boolean] => {
      const failedRecoveries = state.failedRecoveries + 1;
      if (failedRecoveries >= MAX_RECOVERY_ATTEMPTS) {
        return [
          { ...state, failedRecoveries: 0, recoveryLockedUntil: now + RECOVERY_LOCK_MS },
          true,
        ];
      }
      return [{ ...state, failedRecoveries }, false];
    });
    if (locked) await this.deps.log.append('recovery.locked');
    else if (kind !== null) await this.deps.log.append(kind);
  }
}
