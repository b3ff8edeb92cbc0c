import type { Clock } from '../../shared/clock';
import { PurseError } from '../../shared/errors';
import type { RecoveryCheck } from '../../shared/security';
import type { AuthState, AuthStateStore } from './auth-state';
import type { IdentityCheck } from './identity-check';
import { MAX_RECOVERY_ATTEMPTS, minutesUntil, RECOVERY_LOCK_MS, RECOVERY_WAIT_MS } from './lockout';
import type { SecretHasher } from './pin-hasher';
import { normalizeRecoveryCode } from './recovery-codes';
import type { SecurityLog } from './security-log';
import { serial } from './serial';
import type { TwoFactor } from './two-factor';

export interface RecoverInput {
  readonly recoveryCode: string;
  readonly totpCode?: string;
  readonly identity?: { readonly name: string; readonly number: string };
  readonly newPin?: string;
}

export interface PinRecoveryDeps {
  readonly state: AuthStateStore;
  readonly clock: Clock;
  readonly log: SecurityLog;
  readonly hasher: SecretHasher;
  readonly identity: IdentityCheck;
  readonly twoFactor: TwoFactor;
  /** A reset sets a new PIN and unlocks the app. */
  readonly onReset: () => void;
}

/** A forgotten PIN reset with a recovery code and a check that it is the person. */
export class PinRecovery {
  readonly #attempts = serial();

  constructor(private readonly deps: PinRecoveryDeps) {}

  /**
   * Forgot PIN: a one-time recovery code plus an identity check sets a new PIN. The check is
   * the 2FA code when 2FA is on, else the verified legal name and ID number; with neither set
   * up, the code starts a three-day wait (unlocking with the PIN meanwhile cancels it) and the
   * same code completes the reset after it. Five wrong tries of any part lock recovery for an
   * hour. Every attempt is logged.
   */
  recover(input: RecoverInput): Promise<void> {
    return this.#attempts(() => this.#recover(input));
  }

  async #recover(input: RecoverInput): Promise<void> {
    const state = await this.deps.state.read();
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
    const check = await this.check(state);
    if (check === 'totp') await this.#recoveryTotp(input.totpCode, now);
    else if (check === 'identity') await this.#recoveryIdentity(input.identity, now);
    else await this.#recoveryWait(state, matched, now);

    if (input.newPin === undefined) {
      throw new PurseError('VALIDATION', 'Choose a new PIN.', undefined, [
        { path: 'newPin', message: 'Choose a new PIN' },
      ]);
    }
    const pinHash = await this.deps.hasher.hash(input.newPin);
    await this.deps.state.update((latest) => {
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
    this.deps.onReset();
  }

  async check(state: AuthState): Promise<RecoveryCheck> {
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
      await this.deps.twoFactor.verify(code);
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
      readyAt = await this.deps.state.update((latest): [AuthState, number] => [
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
    const locked = await this.deps.state.update((state): [AuthState, boolean] => {
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
