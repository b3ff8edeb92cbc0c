import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { PurseError } from '../../shared/errors';

const NONCE_BYTES = 24;
const TAG_BYTES = 16;
/** Nonces drawn from the CSPRNG per call: one `getRandomValues` per 2048 seals. */
const NONCE_POOL_BYTES = NONCE_BYTES * 2048;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Authenticated encryption of row contents with the 256-bit data key (XChaCha20-Poly1305,
 * random 192-bit nonces). The associated data binds a sealed blob to its table and row,
 * so a blob copied onto another row fails to open.
 */
export class FieldCipher {
  readonly #key: Uint8Array;
  /** Random bytes from the CSPRNG, each used for exactly one nonce, then never again. */
  #nonces = new Uint8Array(0);
  #noncesAt = 0;
  /** The plaintext's UTF-8 bytes, encoded here instead of into a new buffer per seal. */
  #plain = new Uint8Array(1024);

  constructor(key: Uint8Array) {
    if (key.length !== 32)
      throw new PurseError('KEYCHAIN_UNAVAILABLE', 'The data key is not 256 bits.');
    this.#key = Uint8Array.from(key);
  }

  /** A 256-bit key for another purpose (HKDF-SHA256 of the data key, `info` its purpose). */
  derive(info: string): Uint8Array {
    return hkdf(sha256, this.#key, undefined, encoder.encode(info), 32);
  }

  /**
   * nonce ‖ ciphertext ‖ tag, written into one buffer: the nonce straight from the pool of
   * random bytes, the ciphertext and tag by `@noble/ciphers` (no intermediate copies).
   */
  seal(plain: unknown, associated: string): Uint8Array {
    const json = JSON.stringify(plain);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.#plain.length < json.length * 3) this.#plain = new Uint8Array(json.length * 3);
    const { written } = encoder.encodeInto(json, this.#plain);
    const out = new Uint8Array(NONCE_BYTES + written + TAG_BYTES);
    if (this.#noncesAt + NONCE_BYTES > this.#nonces.length) {
      this.#nonces = randomBytes(NONCE_POOL_BYTES);
      this.#noncesAt = 0;
    }
    out.set(this.#nonces.subarray(this.#noncesAt, this.#noncesAt + NONCE_BYTES));
    // Used once: wiped so that no later seal can take the same bytes.
    this.#nonces.fill(0, this.#noncesAt, this.#noncesAt + NONCE_BYTES);
    this.#noncesAt += NONCE_BYTES;
    xchacha20poly1305(this.#key, out.subarray(0, NONCE_BYTES), encoder.encode(associated)).encrypt(
      this.#plain.subarray(0, written),
      out.subarray(NONCE_BYTES),
    );
    this.#plain.fill(0, 0, written);
    return out;
  }

  /** Opens a sealed blob, or refuses one changed in any byte or bound to another row. */
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
