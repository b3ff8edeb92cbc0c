import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from '../../../src/ledger/crypto/field-cipher';
import {
  encodeAssociated,
  keyWords,
  openXChaCha20Poly1305,
} from '../../../src/ledger/crypto/xchacha-open';
import { mulberry32 } from '../../../bench/generator/generate-ledger';

const hex = (text: string) => Uint8Array.from(text.match(/../g)!.map((byte) => parseInt(byte, 16)));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** noble's sealing, in FieldCipher's layout: nonce ‖ ciphertext ‖ tag. */
function nobleSeal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plain: Uint8Array) {
  return concat(nonce, xchacha20poly1305(key, nonce, aad).encrypt(plain));
}

describe('openXChaCha20Poly1305', () => {
  it('opens the XChaCha20-Poly1305 test vector of draft-irtf-cfrg-xchacha (A.3.1)', () => {
    const key = hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
    const nonce = hex('404142434445464748494a4b4c4d4e4f5051525354555657');
    const aad = hex('50515253c0c1c2c3c4c5c6c7');
    const plain = new TextEncoder().encode(
      "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
    );
    const sealed = concat(
      nonce,
      hex(
        'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e',
      ),
      hex('c0875924c1c7987947deafd8780acf49'),
    );
    expect(nobleSeal(key, nonce, aad, plain)).toEqual(sealed);
    expect(openXChaCha20Poly1305(keyWords(key), sealed, aad)).toEqual(plain);
  });

  it('opens what noble seals, for every length from 0 to 600 bytes and varied AAD', () => {
    const random = mulberry32(7);
    for (let length = 0; length <= 600; length += 1) {
      const key = randomBytes(32);
      const nonce = randomBytes(24);
      const aad = randomBytes(Math.floor(random() * 70));
      const plain = randomBytes(length);
      const sealed = nobleSeal(key, nonce, aad, plain);
      expect(openXChaCha20Poly1305(keyWords(key), sealed, aad)).toEqual(plain);
    }
  });

  it('refuses a blob changed in any byte, a wrong AAD, a wrong key or a short blob', () => {
    const key = randomBytes(32);
    const words = keyWords(key);
    const aad = encodeAssociated('transactions/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b').slice();
    const sealed = nobleSeal(key, randomBytes(24), aad, randomBytes(150));
    for (let at = 0; at < sealed.length; at += 1) {
      for (const bit of [0x01, 0x80]) {
        const changed = sealed.slice();
        changed[at]! ^= bit;
        expect(openXChaCha20Poly1305(words, changed, aad)).toBeNull();
      }
    }
    const otherAad = aad.slice();
    otherAad[otherAad.length - 1]! ^= 1;
    expect(openXChaCha20Poly1305(words, sealed, otherAad)).toBeNull();
    expect(openXChaCha20Poly1305(words, sealed, aad.subarray(1))).toBeNull();
    expect(openXChaCha20Poly1305(keyWords(randomBytes(32)), sealed, aad)).toBeNull();
    expect(openXChaCha20Poly1305(words, sealed.subarray(0, 39), aad)).toBeNull();
    expect(openXChaCha20Poly1305(words, sealed, aad)).not.toBeNull();
  });

  it('accepts tags whose Poly1305 value needs the final reduction (many random keys)', () => {
    // Edge cases of the 2^130 − 5 reduction show up across many one-time keys.
    for (let i = 0; i < 3000; i += 1) {
      const key = randomBytes(32);
      const nonce = randomBytes(24);
      const plain = new Uint8Array(16).fill(0xff);
      const aad = new Uint8Array(16).fill(0xff);
      expect(openXChaCha20Poly1305(keyWords(key), nobleSeal(key, nonce, aad, plain), aad)).toEqual(
        plain,
      );
    }
  });
});

describe('FieldCipher', () => {
  it('opens its own seals with non-ASCII associated data and contents', () => {
    const cipher = new FieldCipher(randomBytes(32));
    const row = { memo: '兰州拉面 🍜', amount: -2500, nested: { ok: true } };
    const sealed = cipher.seal(row, 'transactions/账户');
    expect(cipher.open(sealed, 'transactions/账户')).toEqual(row);
    expect(() => cipher.open(sealed, 'transactions/账')).toThrow(/integrity/);
  });
});
