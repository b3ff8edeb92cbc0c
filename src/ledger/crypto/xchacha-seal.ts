import { poly1305 } from '@noble/ciphers/_poly1305.js';
import { chachaPermute, le32, SIGMA } from './chacha20-core';

/**
 * The encrypting half of XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha, RFC 8439 §2.8) for one
 * fixed key, byte for byte what `@noble/ciphers`' `xchacha20poly1305` produces, for sealing
 * many small rows: the key's words are read once, and the ChaCha state lives in buffers
 * reused from seal to seal (noble's general API copies the key and allocates small buffers
 * twice per call, which costs more than the cipher itself for a row of a few hundred bytes).
 * Poly1305 is noble's; opening is xchacha-open.ts. The tests check
 * every seal against noble's, so a slip here cannot go unnoticed.
 */

const ZEROS = new Uint8Array(16);

/** Writes `value` as 8 little-endian bytes at `at`. */
function u64le(out: Uint8Array, at: number, value: number): void {
  const high = Math.floor(value / 2 ** 32);
  for (let i = 0; i < 4; i += 1) {
    out[at + i] = (value >>> (8 * i)) & 0xff;
    out[at + 4 + i] = (high >>> (8 * i)) & 0xff;
  }
}

export class XChaChaSealer {
  readonly #key = new Uint32Array(8);
  readonly #state = new Uint32Array(16);
  readonly #block = new Uint32Array(16);
  readonly #polyKey = new Uint8Array(32);
  readonly #lengths = new Uint8Array(16);

  constructor(key: Uint8Array) {
    if (key.length !== 32) throw new Error('XChaCha20-Poly1305 needs a 32-byte key');
    for (let i = 0; i < 8; i += 1) this.#key[i] = le32(key, 4 * i);
  }

  /**
   * Encrypts `plain` under the 24-byte `nonce` with `aad`, writing ciphertext ‖ tag into
   * `out` (`plain.length + 16` bytes, which must not overlap `plain`).
   */
  encrypt(nonce: Uint8Array, aad: Uint8Array, plain: Uint8Array, out: Uint8Array): void {
    if (nonce.length !== 24) throw new Error('XChaCha20-Poly1305 needs a 24-byte nonce');
    if (out.length !== plain.length + 16) throw new Error('output must be plaintext + 16 bytes');
    // Below 2^32 blocks the 32-bit block counter cannot wrap.
    if (plain.length > 2 ** 37) throw new Error('message too long');
    const state = this.#state;
    const block = this.#block;
    // HChaCha20(key, nonce[0..16]) gives the subkey.
    for (let i = 0; i < 4; i += 1) state[i] = SIGMA[i]!;
    state.set(this.#key, 4);
    for (let i = 0; i < 4; i += 1) state[12 + i] = le32(nonce, 4 * i);
    chachaPermute(state, block);
    for (let i = 0; i < 4; i += 1) {
      state[4 + i] = block[i]!;
      state[8 + i] = block[12 + i]!;
    }
    // ChaCha20 (RFC 8439) under the subkey with nonce 0⁴ ‖ nonce[16..24]; block 0 gives
    // the Poly1305 key, blocks 1… the keystream.
    state[13] = 0;
    state[14] = le32(nonce, 16);
    state[15] = le32(nonce, 20);
    const polyKey = this.#polyKey;
    for (let counter = 0, at = -64; at < plain.length; counter += 1, at += 64) {
      state[12] = counter;
      chachaPermute(state, block);
      for (let i = 0; i < 16; i += 1) block[i] = (block[i]! + state[i]!) | 0;
      if (counter === 0) {
        for (let i = 0; i < 32; i += 1) polyKey[i] = (block[i >> 2]! >>> (8 * (i & 3))) & 0xff;
        continue;
      }
      const end = Math.min(64, plain.length - at);
      for (let i = 0; i < end; i += 1)
        out[at + i] = plain[at + i]! ^ ((block[i >> 2]! >>> (8 * (i & 3))) & 0xff);
    }
    const ciphertext = out.subarray(0, plain.length);
    const lengths = this.#lengths;
    u64le(lengths, 0, aad.length);
    u64le(lengths, 8, plain.length);
    const mac = poly1305.create(polyKey);
    mac.update(aad);
    mac.update(ZEROS.subarray(0, (16 - (aad.length % 16)) % 16));
    mac.update(ciphertext);
    mac.update(ZEROS.subarray(0, (16 - (plain.length % 16)) % 16));
    mac.update(lengths);
    out.set(mac.digest(), plain.length);
    block.fill(0);
    state.fill(0, 4);
    polyKey.fill(0);
  }
}
