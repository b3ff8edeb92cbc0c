import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';

export interface TotpOptions {
  readonly digits?: number;
  readonly periodSeconds?: number;
  readonly algorithm?: 'SHA1' | 'SHA256' | 'SHA512';
}

const HASHES = { SHA1: sha1, SHA256: sha256, SHA512: sha512 } as const;

/** The time step of an instant: RFC 6238's T = floor((now − T0) / X), with T0 = 0. */
export function totpStep(epochMs: number, periodSeconds = 30): number {
  return Math.floor(epochMs / 1000 / periodSeconds);
}

/** RFC 4226 HOTP value for a counter, as a zero-padded string of `digits` digits. */
export function hotp(secret: Uint8Array, counter: number, options: TotpOptions = {}): string {
  const digits = options.digits ?? 6;
  const message = new Uint8Array(8);
  let rest = counter;
  for (let i = 7; i >= 0; i -= 1) {
    message[i] = rest & 0xff;
    rest = Math.floor(rest / 256);
  }
  const mac = hmac(HASHES[options.algorithm ?? 'SHA1'], secret, message);
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary =
    ((mac[offset]! & 0x7f) << 24) |
    (mac[offset + 1]! << 16) |
    (mac[offset + 2]! << 8) |
    mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function totpAt(secret: Uint8Array, epochMs: number, options: TotpOptions = {}): string {
  return hotp(secret, totpStep(epochMs, options.periodSeconds), options);
}

/**
 * Checks a code against the current step and one step either side (clock skew). Returns
 * the matching step, so that the caller can refuse a code that was already used.
 */
export function verifyTotp(
  secret: Uint8Array,
  code: string,
  epochMs: number,
  options: TotpOptions = {},
): number | undefined {
  const digits = options.digits ?? 6;
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) return undefined;
  const now = totpStep(epochMs, options.periodSeconds);
  for (const step of [now, now - 1, now + 1]) {
    if (constantTimeEqual(hotp(secret, step, options), code)) return step;
  }
  return undefined;
}

export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function otpauthUrl(secretBase32: string, account: string, issuer = 'Purse'): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: '6',
    period: '30',
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}
