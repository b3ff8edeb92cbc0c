import { scryptAsync } from '@noble/hashes/scrypt.js';

/**
 * Slow, salted hashing for the payment PIN and recovery codes. Stored as
 * `scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>` so parameters can rise later.
 */
export interface SecretHasher {
  hash(secret: string, purpose?: HashPurpose): Promise<string>;
  verify(secret: string, stored: string): Promise<boolean>;
}

export type HashPurpose = 'pin' | 'recovery';

export interface HashCost {
  readonly logN: number;
  readonly r: number;
  readonly p: number;
}

/** The PIN: N = 2^16, r = 8, p = 1 — 64 MiB and ~0.1–0.3 s a try on a laptop. */
export const PIN_COST: HashCost = { logN: 16, r: 8, p: 1 };
/** Recovery codes carry 50 random bits, so a lighter cost keeps ten checks quick. */
export const RECOVERY_COST: HashCost = { logN: 14, r: 8, p: 1 };

/** The scrypt function a platform offers: Node's native one in main, noble's in a page. */
export type ScryptFn = (
  secret: Uint8Array,
  salt: Uint8Array,
  cost: HashCost,
) => Promise<Uint8Array>;

export const nobleScrypt: ScryptFn = (secret, salt, cost) =>
  scryptAsync(secret, salt, {
    N: 2 ** cost.logN,
    r: cost.r,
    p: cost.p,
    dkLen: 32,
    maxmem: 2 ** 30,
  });

const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

export function createSecretHasher(
  scrypt: ScryptFn,
  costs: Readonly<Record<HashPurpose, HashCost>> = { pin: PIN_COST, recovery: RECOVERY_COST },
): SecretHasher {
  return {
    async hash(secret, purpose = 'pin') {
      const cost = costs[purpose];
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const hash = await scrypt(encoder.encode(secret), salt, cost);
      return `scrypt$${cost.logN}$${cost.r}$${cost.p}$${toBase64(salt)}$${toBase64(hash)}`;
    },
    async verify(secret, stored) {
      const [scheme, logN, r, p, salt, expected] = stored.split('$');
      if (scheme !== 'scrypt' || !logN || !r || !p || !salt || !expected) return false;
      const cost = { logN: Number(logN), r: Number(r), p: Number(p) };
      const actual = await scrypt(encoder.encode(secret), fromBase64(salt), cost);
      const want = fromBase64(expected);
      if (actual.length !== want.length) return false;
      let diff = 0;
      for (let i = 0; i < actual.length; i += 1) diff |= actual[i]! ^ want[i]!;
      return diff === 0;
    },
  };
}
