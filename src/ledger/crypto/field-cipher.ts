import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { PurseError } from '../../shared/errors';

const NONCE_BYTES = 24;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Authenticated encryption of row contents with the 256-bit data key (XChaCha20-Poly1305,
 * random 192-bit nonces). The associated data binds a sealed blob to its table and row,
 * so a blob copied onto another row fails to open.
 */
export class FieldCipher {
  readonly #key: Uint8Array;

  constructor(key: Uint8Array) {
    if (key.length !== 32)
      throw new PurseError('KEYCHAIN_UNAVAILABLE', 'The data key is not 256 bits.');
    this.#key = Uint8Array.from(key);
  }

  seal(plain: unknown, associated: string): Uint8Array {
    const nonce = randomBytes(NONCE_BYTES);
    const body = xchacha20poly1305(this.#key, nonce, encoder.encode(associated)).encrypt(
      encoder.encode(JSON.stringify(plain)),
    );
    const out = new Uint8Array(NONCE_BYTES + body.length);
    out.set(nonce, 0);
    out.set(body, NONCE_BYTES);
    return out;
  }

  open(sealed: Uint8Array, associated: string): unknown {
    if (!(sealed instanceof Uint8Array) || sealed.length <= NONCE_BYTES) {
      throw new PurseError('DATA_CORRUPT', 'A stored record is damaged and cannot be read.');
    }
    try {
      const plain = xchacha20poly1305(
        this.#key,
        sealed.subarray(0, NONCE_BYTES),
        encoder.encode(associated),
      ).decrypt(sealed.subarray(NONCE_BYTES));
      return JSON.parse(decoder.decode(plain)) as unknown;
    } catch {
      throw new PurseError(
        'DATA_CORRUPT',
        'A stored record failed its integrity check: it was changed outside Purse, or the data key is wrong.',
      );
    }
  }
}

export function newDataKey(): Uint8Array {
  return randomBytes(32);
}
