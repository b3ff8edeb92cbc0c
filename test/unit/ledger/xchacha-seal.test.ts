import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { describe, expect, it } from 'vitest';
import { XChaChaSealer } from '../../../src/ledger/crypto/xchacha-seal';

const hex = (text: string) => Uint8Array.from(text.match(/../g)!, (byte) => parseInt(byte, 16));

function seal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plain: Uint8Array) {
  const out = new Uint8Array(plain.length + 16);
  new XChaChaSealer(key).encrypt(nonce, aad, plain, out);
  return out;
}

describe('XChaChaSealer', () => {
  it('matches the XChaCha20-Poly1305 test vector of draft-irtf-cfrg-xchacha (A.3.1)', () => {
    const plain = new TextEncoder().encode(
      "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
    );
    const out = seal(
      hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f'),
      hex('404142434445464748494a4b4c4d4e4f5051525354555657'),
      hex('50515253c0c1c2c3c4c5c6c7'),
      plain,
    );
    expect(Buffer.from(out.subarray(0, 32)).toString('hex')).toBe(
      'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb',
    );
    expect(Buffer.from(out.subarray(-16)).toString('hex')).toBe('c0875924c1c7987947deafd8780acf49');
  });

  it('writes byte for byte what noble’s xchacha20poly1305 writes, for every length around the block edges', () => {
    const key = randomBytes(32);
    const sealer = new XChaChaSealer(key);
    for (let length = 0; length <= 300; length += 1) {
      const nonce = randomBytes(24);
      const aad = randomBytes(length % 41);
      const plain = randomBytes(length);
      const out = new Uint8Array(length + 16);
      sealer.encrypt(nonce, aad, plain, out);
      expect(out).toEqual(xchacha20poly1305(key, nonce, aad).encrypt(plain));
      expect(xchacha20poly1305(key, nonce, aad).decrypt(out)).toEqual(plain);
    }
  });

  it('refuses a wrong key, nonce or output size', () => {
    expect(() => new XChaChaSealer(new Uint8Array(16))).toThrow();
    const sealer = new XChaChaSealer(randomBytes(32));
    expect(() =>
      sealer.encrypt(randomBytes(12), new Uint8Array(), new Uint8Array(4), new Uint8Array(20)),
    ).toThrow();
    expect(() =>
      sealer.encrypt(randomBytes(24), new Uint8Array(), new Uint8Array(4), new Uint8Array(4)),
    ).toThrow();
  });
});
