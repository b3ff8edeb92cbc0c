import { z } from 'zod';
import { PurseError } from '../../shared/errors';
import type { SecretStore } from './secret-store';
import { serial } from './serial';

export const AUTH_STATE_SECRET = 'auth-state';

const authStateSchema = z.object({
  v: z.literal(1),
  pinHash: z.string().nullable(),
  failedPins: z.number().int().min(0),
  lockouts: z.number().int().min(0),
  pinLockedUntil: z.number().nullable(),
  totp: z
    .object({
      secret: z.string(),
      enabled: z.boolean(),
      lastStep: z.number().nullable(),
    })
    .nullable(),
  /** An authenticator being enrolled (or replacing the one in use) until a code confirms it. */
  totpPending: z.object({ secret: z.string(), startedAt: z.number() }).nullable().default(null),
  /** Wrong two-factor codes in a row, and until when codes are refused after five. */
  failedTotps: z.number().int().min(0).default(0),
  totpLockedUntil: z.number().nullable().default(null),
  recovery: z.array(z.object({ hash: z.string(), usedAt: z.number().nullable() })),
  failedRecoveries: z.number().int().min(0),
  recoveryLockedUntil: z.number().nullable(),
  /** A reset with a recovery code alone (no 2FA, no verified identity) waits until readyAt. */
  pendingRecovery: z
    .object({ code: z.number().int().min(0), readyAt: z.number() })
    .nullable()
    .default(null),
  idleMinutes: z.number().int().min(1).max(240),
  biometric: z.boolean(),
});

export type AuthState = z.infer<typeof authStateSchema>;

export const INITIAL_AUTH_STATE: AuthState = {
  v: 1,
  pinHash: null,
  failedPins: 0,
  lockouts: 0,
  pinLockedUntil: null,
  totp: null,
  totpPending: null,
  failedTotps: 0,
  totpLockedUntil: null,
  recovery: [],
  failedRecoveries: 0,
  recoveryLockedUntil: null,
  pendingRecovery: null,
  idleMinutes: 5,
  biometric: false,
};

/**
 * The security state, kept as one JSON secret in the keychain so that PIN lockouts survive
 * restarts. Updates are serialised: two wrong PINs at once count as two.
 */
export class AuthStateStore {
  readonly #oneAtATime = serial();

  constructor(private readonly secrets: SecretStore) {}

  async read(): Promise<AuthState> {
    const raw = await this.secrets.get(AUTH_STATE_SECRET);
    if (raw === null) return INITIAL_AUTH_STATE;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    const result = authStateSchema.safeParse(parsed);
    if (!result.success) {
      throw new PurseError('DATA_CORRUPT', 'The security settings in the keychain are damaged.');
    }
    return result.data;
  }

  /** Runs `change` on the latest state, one at a time, and saves what it returns. */
  update<T>(change: (state: AuthState) => Promise<[AuthState, T]> | [AuthState, T]): Promise<T> {
    return this.#oneAtATime(async () => {
      const [state, value] = await change(await this.read());
      await this.secrets.set(AUTH_STATE_SECRET, JSON.stringify(state));
      return value;
    });
  }
}
