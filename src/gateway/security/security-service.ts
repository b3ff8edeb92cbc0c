import type { Clock } from '../../shared/clock';
import { PurseError } from '../../shared/errors';
import type { RecoveryCheck, SecurityStatus } from '../../shared/security';
import { AuthStateStore, type AuthState } from './auth-state';
import type { BiometricProvider } from './biometric';
import type { IdentityCheck } from './identity-check';
import { lockDuration, MAX_PIN_ATTEMPTS, minutesUntil } from './lockout';
import type { SecretHasher } from './pin-hasher';
import { done, refused, unwrapOutcome, type Outcome } from './outcome';
import { PinRecovery, type RecoverInput } from './pin-recovery';
import { generateRecoveryCodes } from './recovery-codes';
import type { SecretStore } from './secret-store';
import type { SecurityLog } from './security-log';
import { serial } from './serial';
import { TwoFactor } from './two-factor';

export interface SecurityDeps {
  readonly secrets: SecretStore;
  readonly hasher: SecretHasher;
  readonly clock: Clock;
  readonly log: SecurityLog;
  readonly biometric: BiometricProvider;
  readonly identity: IdentityCheck;
}

/** The PIN, and the authenticator's code when two-factor codes are on. */
export interface Credentials {
  readonly pin: string;
  readonly code?: string | undefined;
}

export type { RecoverInput } from './pin-recovery';

const pinRequired = () => new PurseError('PIN_REQUIRED', 'Confirm this change with your PIN.');

/**
 * The payment PIN, app lock, two-factor codes and PIN recovery. State that must survive a
 * restart (hashes, lockouts, the TOTP secret) lives in the keychain; whether the app is
 * unlocked lives only in memory, so every start begins locked.
 */
export class SecurityService {
  readonly #state: AuthStateStore;
  readonly #pinAttempts = serial();
  readonly #twoFactor: TwoFactor;
  readonly #recovery: PinRecovery;
  #unlocked = false;
  #lastActivity: number;

  constructor(private readonly deps: SecurityDeps) {
    this.#state = new AuthStateStore(deps.secrets);
    this.#lastActivity = deps.clock.now();
    this.#twoFactor = new TwoFactor(this.#state, deps.clock, deps.log);
    this.#recovery = new PinRecovery({
      state: this.#state,
      clock: deps.clock,
      log: deps.log,
      hasher: deps.hasher,
      identity: deps.identity,
      twoFactor: this.#twoFactor,
      onReset: () => this.#unlock(),
    });
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
      recoveryCheck: await this.#recovery.check(state).catch((): RecoveryCheck => 'identity'),
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
      // The attempt is already counted in the keychain; a ledger that cannot take the log
      // entry (damaged, about to be restored from a snapshot) must not hide the answer.
      await this.deps.log
        .append(outcome.error.code === 'PIN_LOCKED' ? 'pin.locked' : 'pin.wrong')
        .catch(() => undefined);
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
   * Starts enrolling an authenticator, or replacing the one in use, once the PIN (and the
   * current code, when one is in use) says it is the person.
   */
  async beginTotp(
    account: string,
    credentials: Credentials,
  ): Promise<{ secret: string; otpauthUrl: string }> {
    await this.authorize(credentials);
    return this.#twoFactor.begin(account);
  }

  confirmTotp(code: string): Promise<void> {
    return this.#twoFactor.confirm(code);
  }

  async disableTotp(credentials: Credentials): Promise<void> {
    await this.verifyPin(credentials.pin);
    await this.#twoFactor.verify(credentials.code);
    await this.#twoFactor.remove();
  }

  totpEnabled(): Promise<boolean> {
    return this.#twoFactor.enabled();
  }

  /** A code from the authenticator: ±1 step, each step once, five wrong ones pause codes. */
  verifyTotp(code: string | undefined): Promise<void> {
    return this.#twoFactor.verify(code);
  }

  recover(input: RecoverInput): Promise<void> {
    return this.#recovery.recover(input);
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

  async #hashCodes(codes: readonly string[]): Promise<AuthState['recovery']> {
    const hashes = await Promise.all(codes.map((code) => this.deps.hasher.hash(code, 'recovery')));
    return hashes.map((hash) => ({ hash, usedAt: null }));
  }
}
