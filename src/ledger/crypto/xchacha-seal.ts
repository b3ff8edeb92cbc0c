import { poly1305 } from '@noble/ciphers/_poly1305.js';

/**
 * The encrypting half of XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha, RFC 8439 §2.8) for one
 * fixed key, byte for byte what `@noble/ciphers`' `xchacha20poly1305` produces, for sealing
 * many small rows: the key's words are read once, and the ChaCha state lives in buffers
 * reused from seal to seal (noble's general API copies the key and allocates small buffers
 * twice per call, which costs more than the cipher itself for a row of a few hundred bytes).
 * Poly1305 is noble's. Opening stays with noble's `xchacha20poly1305`, and the tests check
 * every seal against it, so a slip here cannot go unnoticed.
 */

/** "expand 32-byte k" */
const SIGMA = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574] as const;
const ZEROS = new Uint8Array(16);

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

/** The 20-round ChaCha permutation of `input` into `out` (no feed-forward). */
function permute(input: Uint32Array, out: Uint32Array): void {
  let x0 = input[0]!,
    x1 = input[1]!,
    x2 = input[2]!,
    x3 = input[3]!,
    x4 = input[4]!,
    x5 = input[5]!,
    x6 = input[6]!,
    x7 = input[7]!,
    x8 = input[8]!,
    x9 = input[9]!,
    x10 = input[10]!,
    x11 = input[11]!,
    x12 = input[12]!,
    x13 = input[13]!,
    x14 = input[14]!,
    x15 = input[15]!;
  for (let round = 0; round < 20; round += 2) {
    // Columns.
    x0 = (x0 + x4) | 0;
    x12 = rotl(x12 ^ x0, 16);
    x8 = (x8 + x12) | 0;
    x4 = rotl(x4 ^ x8, 12);
    x0 = (x0 + x4) | 0;
    x12 = rotl(x12 ^ x0, 8);
    x8 = (x8 + x12) | 0;
    x4 = rotl(x4 ^ x8, 7);
    x1 = (x1 + x5) | 0;
    x13 = rotl(x13 ^ x1, 16);
    x9 = (x9 + x13) | 0;
    x5 = rotl(x5 ^ x9, 12);
    x1 = (x1 + x5) | 0;
    x13 = rotl(x13 ^ x1, 8);
    x9 = (x9 + x13) | 0;
    x5 = rotl(x5 ^ x9, 7);
    x2 = (x2 + x6) | 0;
    x14 = rotl(x14 ^ x2, 16);
    x10 = (x10 + x14) | 0;
    x6 = rotl(x6 ^ x10, 12);
    x2 = (x2 + x6) | 0;
    x14 = rotl(x14 ^ x2, 8);
    x10 = (x10 + x14) | 0;
    x6 = rotl(x6 ^ x10, 7);
    x3 = (x3 + x7) | 0;
    x15 = rotl(x15 ^ x3, 16);
    x11 = (x11 + x15) | 0;
    x7 = rotl(x7 ^ x11, 12);
    x3 = (x3 + x7) | 0;
    x15 = rotl(x15 ^ x3, 8);
    x11 = (x11 + x15) | 0;
    x7 = rotl(x7 ^ x11, 7);
    // Diagonals.
    x0 = (x0 + x5) | 0;
    x15 = rotl(x15 ^ x0, 16);
    x10 = (x10 + x15) | 0;
    x5 = rotl(x5 ^ x10, 12);
    x0 = (x0 + x5) | 0;
    x15 = rotl(x15 ^ x0, 8);
    x10 = (x10 + x15) | 0;
    x5 = rotl(x5 ^ x10, 7);
    x1 = (x1 + x6) | 0;
    x12 = rotl(x12 ^ x1, 16);
    x11 = (x11 + x12) | 0;
    x6 = rotl(x6 ^ x11, 12);
    x1 = (x1 + x6) | 0;
    x12 = rotl(x12 ^ x1, 8);
    x11 = (x11 + x12) | 0;
    x6 = rotl(x6 ^ x11, 7);
    x2 = (x2 + x7) | 0;
    x13 = rotl(x13 ^ x2, 16);
    x8 = (x8 + x13) | 0;
    x7 = rotl(x7 ^ x8, 12);
    x2 = (x2 + x7) | 0;
    x13 = rotl(x13 ^ x2, 8);
    x8 = (x8 + x13) | 0;
    x7 = rotl(x7 ^ x8, 7);
    x3 = (x3 + x4) | 0;
    x14 = rotl(x14 ^ x3, 16);
    x9 = (x9 + x14) | 0;
    x4 = rotl(x4 ^ x9, 12);
    x3 = (x3 + x4) | 0;
    x14 = rotl(x14 ^ x3, 8);
    x9 = (x9 + x14) | 0;
    x4 = rotl(x4 ^ x9, 7);
  }
  out[0] = x0;
  out[1] = x1;
  out[2] = x2;
  out[3] = x3;
  out[4] = x4;
  out[5] = x5;
  out[6] = x6;
  out[7] = x7;
  out[8] = x8;
  out[9] = x9;
  out[10] = x10;
  out[11] = x11;
  out[12] = x12;
  out[13] = x13;
  out[14] = x14;
  out[15] = x15;
}

/** The little-endian 32-bit word at `at`. */
function word(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
}

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
    for (let i = 0; i < 8; i += 1) this.#key[i] = word(key, 4 * i);
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
    for (let i = 0; i < 4; i += 1) state[12 + i] = word(nonce, 4 * i);
    permute(state, block);
    for (let i = 0; i < 4; i += 1) {
      state[4 + i] = block[i]!;
      state[8 + i] = block[12 + i]!;
    }
    // ChaCha20 (RFC 8439) under the subkey with nonce 0⁴ ‖ nonce[16..24]; block 0 gives
    // the Poly1305 key, blocks 1… the keystream.
    state[13] = 0;
    state[14] = word(nonce, 16);
    state[15] = word(nonce, 20);
    const polyKey = this.#polyKey;
    for (let counter = 0, at = -64; at < plain.length; counter += 1, at += 64) {
      state[12] = counter;
      permute(state, block);
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
