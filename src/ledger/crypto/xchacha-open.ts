/**
 * XChaCha20-Poly1305 opening (decryption and authentication) tuned for many small blobs: the
 * sealed rows of the ledger are 60–400 bytes, where @noble/ciphers spends most of its time on
 * per-call set-up (typed-array views, allocations, wiping) rather than on the cipher. Same
 * construction and wire format as `xchacha20poly1305` from @noble/ciphers (the reference):
 * HChaCha20 subkey from the first 16 nonce bytes, ChaCha20 (RFC 8439) with the last 8 nonce
 * bytes, Poly1305 over AAD ‖ pad16 ‖ ciphertext ‖ pad16 ‖ lengths, constant-time tag check
 * before any plaintext is produced. Cross-checked against noble in test/unit/ledger.
 *
 * The Poly1305 block function is a port of Andrew Moon's poly1305-donna-16 (public domain)
 * as written by Dmitry Chestnykh in @stablelib/poly1305 (MIT).
 */

import { chachaPermute, le32, SIGMA } from './chacha20-core';

/** Every engine Purse runs on is little-endian; on any other, callers use noble. */
export const FAST_OPEN_SUPPORTED = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const NONCE_BYTES = 24;
const TAG_BYTES = 16;
const HIBIT = 1 << 11;

// Scratch state, reused by every call: opening is synchronous, so nothing interleaves.
const input = new Uint32Array(16);
const block = new Uint32Array(16);
const blockBytes = new Uint8Array(block.buffer);
const subkey = new Uint32Array(8);
const polyR = new Uint16Array(10);
const polyH = new Uint16Array(10);
const polyPad = new Uint16Array(8);
const polyG = new Uint16Array(10);
const padded = new Uint8Array(16);
const tag = new Uint8Array(16);
let aadScratch = new Uint8Array(256);
const encoder = new TextEncoder();

/** 20 ChaCha rounds over `input` into `block`; with `feedForward`, the ChaCha20 block function. */
function chachaRounds(feedForward: boolean): void {
  chachaPermute(input, block);
  if (feedForward) for (let i = 0; i < 16; i += 1) block[i] = (block[i]! + input[i]!) | 0;
}

function setConstants(): void {
  for (let i = 0; i < 4; i += 1) input[i] = SIGMA[i]!;
}

/** Poly1305 over whole 16-byte blocks of `m` from `pos` to `end` (a multiple of 16 apart). */
function polyBlocks(m: Uint8Array, pos: number, end: number): void {
  let h0 = polyH[0]!,
    h1 = polyH[1]!,
    h2 = polyH[2]!,
    h3 = polyH[3]!,
    h4 = polyH[4]!;
  let h5 = polyH[5]!,
    h6 = polyH[6]!,
    h7 = polyH[7]!,
    h8 = polyH[8]!,
    h9 = polyH[9]!;
  const r0 = polyR[0]!,
    r1 = polyR[1]!,
    r2 = polyR[2]!,
    r3 = polyR[3]!,
    r4 = polyR[4]!;
  const r5 = polyR[5]!,
    r6 = polyR[6]!,
    r7 = polyR[7]!,
    r8 = polyR[8]!,
    r9 = polyR[9]!;
  while (pos < end) {
    const t0 = m[pos + 0]! | (m[pos + 1]! << 8);
    h0 += t0 & 0x1fff;
    const t1 = m[pos + 2]! | (m[pos + 3]! << 8);
    h1 += ((t0 >>> 13) | (t1 << 3)) & 0x1fff;
    const t2 = m[pos + 4]! | (m[pos + 5]! << 8);
    h2 += ((t1 >>> 10) | (t2 << 6)) & 0x1fff;
    const t3 = m[pos + 6]! | (m[pos + 7]! << 8);
    h3 += ((t2 >>> 7) | (t3 << 9)) & 0x1fff;
    const t4 = m[pos + 8]! | (m[pos + 9]! << 8);
    h4 += ((t3 >>> 4) | (t4 << 12)) & 0x1fff;
    h5 += (t4 >>> 1) & 0x1fff;
    const t5 = m[pos + 10]! | (m[pos + 11]! << 8);
    h6 += ((t4 >>> 14) | (t5 << 2)) & 0x1fff;
    const t6 = m[pos + 12]! | (m[pos + 13]! << 8);
    h7 += ((t5 >>> 11) | (t6 << 5)) & 0x1fff;
    const t7 = m[pos + 14]! | (m[pos + 15]! << 8);
    h8 += ((t6 >>> 8) | (t7 << 8)) & 0x1fff;
    h9 += (t7 >>> 5) | HIBIT;
    let c = 0;
    let d0 = c;
    d0 += h0 * r0;
    d0 += h1 * (5 * r9);
    d0 += h2 * (5 * r8);
    d0 += h3 * (5 * r7);
    d0 += h4 * (5 * r6);
    c = d0 >>> 13;
    d0 &= 0x1fff;
    d0 += h5 * (5 * r5);
    d0 += h6 * (5 * r4);
    d0 += h7 * (5 * r3);
    d0 += h8 * (5 * r2);
    d0 += h9 * (5 * r1);
    c += d0 >>> 13;
    d0 &= 0x1fff;
    let d1 = c;
    d1 += h0 * r1;
    d1 += h1 * r0;
    d1 += h2 * (5 * r9);
    d1 += h3 * (5 * r8);
    d1 += h4 * (5 * r7);
    c = d1 >>> 13;
    d1 &= 0x1fff;
    d1 += h5 * (5 * r6);
    d1 += h6 * (5 * r5);
    d1 += h7 * (5 * r4);
    d1 += h8 * (5 * r3);
    d1 += h9 * (5 * r2);
    c += d1 >>> 13;
    d1 &= 0x1fff;
    let d2 = c;
    d2 += h0 * r2;
    d2 += h1 * r1;
    d2 += h2 * r0;
    d2 += h3 * (5 * r9);
    d2 += h4 * (5 * r8);
    c = d2 >>> 13;
    d2 &= 0x1fff;
    d2 += h5 * (5 * r7);
    d2 += h6 * (5 * r6);
    d2 += h7 * (5 * r5);
    d2 += h8 * (5 * r4);
    d2 += h9 * (5 * r3);
    c += d2 >>> 13;
    d2 &= 0x1fff;
    let d3 = c;
    d3 += h0 * r3;
    d3 += h1 * r2;
    d3 += h2 * r1;
    d3 += h3 * r0;
    d3 += h4 * (5 * r9);
    c = d3 >>> 13;
    d3 &= 0x1fff;
    d3 += h5 * (5 * r8);
    d3 += h6 * (5 * r7);
    d3 += h7 * (5 * r6);
    d3 += h8 * (5 * r5);
    d3 += h9 * (5 * r4);
    c += d3 >>> 13;
    d3 &= 0x1fff;
    let d4 = c;
    d4 += h0 * r4;
    d4 += h1 * r3;
    d4 += h2 * r2;
    d4 += h3 * r1;
    d4 += h4 * r0;
    c = d4 >>> 13;
    d4 &= 0x1fff;
    d4 += h5 * (5 * r9);
    d4 += h6 * (5 * r8);
    d4 += h7 * (5 * r7);
    d4 += h8 * (5 * r6);
    d4 += h9 * (5 * r5);
    c += d4 >>> 13;
    d4 &= 0x1fff;
    let d5 = c;
    d5 += h0 * r5;
    d5 += h1 * r4;
    d5 += h2 * r3;
    d5 += h3 * r2;
    d5 += h4 * r1;
    c = d5 >>> 13;
    d5 &= 0x1fff;
    d5 += h5 * r0;
    d5 += h6 * (5 * r9);
    d5 += h7 * (5 * r8);
    d5 += h8 * (5 * r7);
    d5 += h9 * (5 * r6);
    c += d5 >>> 13;
    d5 &= 0x1fff;
    let d6 = c;
    d6 += h0 * r6;
    d6 += h1 * r5;
    d6 += h2 * r4;
    d6 += h3 * r3;
    d6 += h4 * r2;
    c = d6 >>> 13;
    d6 &= 0x1fff;
    d6 += h5 * r1;
    d6 += h6 * r0;
    d6 += h7 * (5 * r9);
    d6 += h8 * (5 * r8);
    d6 += h9 * (5 * r7);
    c += d6 >>> 13;
    d6 &= 0x1fff;
    let d7 = c;
    d7 += h0 * r7;
    d7 += h1 * r6;
    d7 += h2 * r5;
    d7 += h3 * r4;
    d7 += h4 * r3;
    c = d7 >>> 13;
    d7 &= 0x1fff;
    d7 += h5 * r2;
    d7 += h6 * r1;
    d7 += h7 * r0;
    d7 += h8 * (5 * r9);
    d7 += h9 * (5 * r8);
    c += d7 >>> 13;
    d7 &= 0x1fff;
    let d8 = c;
    d8 += h0 * r8;
    d8 += h1 * r7;
    d8 += h2 * r6;
    d8 += h3 * r5;
    d8 += h4 * r4;
    c = d8 >>> 13;
    d8 &= 0x1fff;
    d8 += h5 * r3;
    d8 += h6 * r2;
    d8 += h7 * r1;
    d8 += h8 * r0;
    d8 += h9 * (5 * r9);
    c += d8 >>> 13;
    d8 &= 0x1fff;
    let d9 = c;
    d9 += h0 * r9;
    d9 += h1 * r8;
    d9 += h2 * r7;
    d9 += h3 * r6;
    d9 += h4 * r5;
    c = d9 >>> 13;
    d9 &= 0x1fff;
    d9 += h5 * r4;
    d9 += h6 * r3;
    d9 += h7 * r2;
    d9 += h8 * r1;
    d9 += h9 * r0;
    c += d9 >>> 13;
    d9 &= 0x1fff;
    c = ((c << 2) + c) | 0;
    c = (c + d0) | 0;
    d0 = c & 0x1fff;
    c = c >>> 13;
    d1 += c;
    h0 = d0;
    h1 = d1;
    h2 = d2;
    h3 = d3;
    h4 = d4;
    h5 = d5;
    h6 = d6;
    h7 = d7;
    h8 = d8;
    h9 = d9;

    pos += 16;
  }
  polyH[0] = h0;
  polyH[1] = h1;
  polyH[2] = h2;
  polyH[3] = h3;
  polyH[4] = h4;
  polyH[5] = h5;
  polyH[6] = h6;
  polyH[7] = h7;
  polyH[8] = h8;
  polyH[9] = h9;
}

/** Poly1305 over `m[from, to)` followed by zero padding to a multiple of 16 (RFC 8439 §2.8). */
function polyPadded(m: Uint8Array, from: number, to: number): void {
  const whole = from + ((to - from) & ~15);
  polyBlocks(m, from, whole);
  if (whole < to) {
    padded.fill(0);
    padded.set(m.subarray(whole, to));
    polyBlocks(padded, 0, 16);
  }
}

function polyKey(key: Uint8Array): void {
  const t0 = key[0]! | (key[1]! << 8);
  polyR[0] = t0 & 0x1fff;
  const t1 = key[2]! | (key[3]! << 8);
  polyR[1] = ((t0 >>> 13) | (t1 << 3)) & 0x1fff;
  const t2 = key[4]! | (key[5]! << 8);
  polyR[2] = ((t1 >>> 10) | (t2 << 6)) & 0x1f03;
  const t3 = key[6]! | (key[7]! << 8);
  polyR[3] = ((t2 >>> 7) | (t3 << 9)) & 0x1fff;
  const t4 = key[8]! | (key[9]! << 8);
  polyR[4] = ((t3 >>> 4) | (t4 << 12)) & 0x00ff;
  polyR[5] = (t4 >>> 1) & 0x1ffe;
  const t5 = key[10]! | (key[11]! << 8);
  polyR[6] = ((t4 >>> 14) | (t5 << 2)) & 0x1fff;
  const t6 = key[12]! | (key[13]! << 8);
  polyR[7] = ((t5 >>> 11) | (t6 << 5)) & 0x1f81;
  const t7 = key[14]! | (key[15]! << 8);
  polyR[8] = ((t6 >>> 8) | (t7 << 8)) & 0x1fff;
  polyR[9] = (t7 >>> 5) & 0x007f;
  for (let i = 0; i < 8; i += 1) polyPad[i] = key[16 + 2 * i]! | (key[17 + 2 * i]! << 8);
  polyH.fill(0);
}

/** The final reduction mod 2^130 − 5, plus the pad, into `tag`. */
function polyFinish(): void {
  const h = polyH;
  const g = polyG;
  let c = h[1]! >>> 13;
  h[1]! &= 0x1fff;
  for (let i = 2; i < 10; i += 1) {
    h[i]! += c;
    c = h[i]! >>> 13;
    h[i]! &= 0x1fff;
  }
  h[0]! += c * 5;
  c = h[0]! >>> 13;
  h[0]! &= 0x1fff;
  h[1]! += c;
  c = h[1]! >>> 13;
  h[1]! &= 0x1fff;
  h[2]! += c;
  g[0] = h[0]! + 5;
  c = g[0] >>> 13;
  g[0] &= 0x1fff;
  for (let i = 1; i < 10; i += 1) {
    g[i] = h[i]! + c;
    c = g[i]! >>> 13;
    g[i]! &= 0x1fff;
  }
  g[9]! -= 1 << 13;
  let mask = (c ^ 1) - 1;
  for (let i = 0; i < 10; i += 1) g[i]! &= mask;
  mask = ~mask;
  for (let i = 0; i < 10; i += 1) h[i] = (h[i]! & mask) | g[i]!;
  h[0] = (h[0]! | (h[1]! << 13)) & 0xffff;
  h[1] = ((h[1]! >>> 3) | (h[2]! << 10)) & 0xffff;
  h[2] = ((h[2]! >>> 6) | (h[3]! << 7)) & 0xffff;
  h[3] = ((h[3]! >>> 9) | (h[4]! << 4)) & 0xffff;
  h[4] = ((h[4]! >>> 12) | (h[5]! << 1) | (h[6]! << 14)) & 0xffff;
  h[5] = ((h[6]! >>> 2) | (h[7]! << 11)) & 0xffff;
  h[6] = ((h[7]! >>> 5) | (h[8]! << 8)) & 0xffff;
  h[7] = ((h[8]! >>> 8) | (h[9]! << 5)) & 0xffff;
  let f = h[0] + polyPad[0]!;
  h[0] = f & 0xffff;
  for (let i = 1; i < 8; i += 1) {
    f = (((h[i]! + polyPad[i]!) | 0) + (f >>> 16)) | 0;
    h[i] = f & 0xffff;
  }
  for (let i = 0; i < 8; i += 1) {
    tag[2 * i] = h[i]!;
    tag[2 * i + 1] = h[i]! >>> 8;
  }
}

/** The 256-bit key as eight little-endian words, computed once per key. */
export function keyWords(key: Uint8Array): Uint32Array {
  if (key.length !== 32) throw new Error('XChaCha20 needs a 256-bit key.');
  const words = new Uint32Array(8);
  for (let i = 0; i < 8; i += 1) words[i] = le32(key, 4 * i);
  return words;
}

/** `associated` as UTF-8 in a reused buffer, valid until the next call. */
export function encodeAssociated(associated: string): Uint8Array {
  if (aadScratch.length < associated.length * 3) aadScratch = new Uint8Array(associated.length * 3);
  const { written } = encoder.encodeInto(associated, aadScratch);
  return aadScratch.subarray(0, written);
}

/**
 * Opens `nonce(24) ‖ ciphertext ‖ tag(16)` sealed with XChaCha20-Poly1305 under `key` (from
 * `keyWords`) and associated data `aad`. Returns the plaintext, or null when the blob is too
 * short or fails authentication; no plaintext is computed before the tag has been checked.
 */
export function openXChaCha20Poly1305(
  key: Uint32Array,
  sealed: Uint8Array,
  aad: Uint8Array,
): Uint8Array | null {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) return null;
  const end = sealed.length - TAG_BYTES;
  const length = end - NONCE_BYTES;

  // HChaCha20(key, nonce[0..16]) → subkey.
  setConstants();
  input.set(key, 4);
  for (let i = 0; i < 4; i += 1) input[12 + i] = le32(sealed, 4 * i);
  chachaRounds(false);
  for (let i = 0; i < 4; i += 1) {
    subkey[i] = block[i]!;
    subkey[4 + i] = block[12 + i]!;
  }

  // ChaCha20 with the subkey and nonce 0000 ‖ nonce[16..24]; block 0 keys Poly1305.
  setConstants();
  input.set(subkey, 4);
  input[12] = 0;
  input[13] = 0;
  input[14] = le32(sealed, 16);
  input[15] = le32(sealed, 20);
  chachaRounds(true);
  polyKey(blockBytes);

  polyPadded(aad, 0, aad.length);
  polyPadded(sealed, NONCE_BYTES, end);
  padded.fill(0);
  padded[0] = aad.length & 0xff;
  padded[1] = (aad.length >>> 8) & 0xff;
  padded[2] = (aad.length >>> 16) & 0xff;
  padded[3] = (aad.length >>> 24) & 0xff;
  padded[8] = length & 0xff;
  padded[9] = (length >>> 8) & 0xff;
  padded[10] = (length >>> 16) & 0xff;
  padded[11] = (length >>> 24) & 0xff;
  polyBlocks(padded, 0, 16);
  polyFinish();
  let diff = 0;
  for (let i = 0; i < TAG_BYTES; i += 1) diff |= tag[i]! ^ sealed[end + i]!;
  if (diff !== 0) return null;

  const plain = new Uint8Array(length);
  for (let offset = 0, counter = 1; offset < length; offset += 64, counter += 1) {
    input[12] = counter;
    chachaRounds(true);
    const n = Math.min(64, length - offset);
    const from = NONCE_BYTES + offset;
    for (let i = 0; i < n; i += 1) plain[offset + i] = sealed[from + i]! ^ blockBytes[i]!;
  }
  blockBytes.fill(0);
  subkey.fill(0);
  return plain;
}
