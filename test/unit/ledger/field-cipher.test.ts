import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { describe, expect, it } from 'vitest';
import { FieldCipher, newDataKey } from '../../../src/ledger/crypto/field-cipher';

const NONCE = 24;

const EARLIER = {
  key: '030a11181f262d343b424950575e656c737a81888f969da4abb2b9c0c7ced5dc',
  associated: 'transactions/t_fixture',
  row: { memo: '午饭 lunch', amount: 4321, categoryId: 'cat_food' },
  sealed:
    '2f6558408bef18f48615f77436ede0ab00f99fb432ec3704bedccb9cc0c6c48a74432032503ac24a83e53b8ffde115ef7938488c40a9fb4b6af60ea7e2a0adc94bf1d782115b3df4fe12a961fddba3535d5330448c4a64ad01bb44a9197804a67c438a41fb',
};

describe('FieldCipher', () => {
  it('seals as XChaCha20-Poly1305: nonce, ciphertext and tag that the plain cipher opens', () => {
    const key = newDataKey();
    const row = { memo: 'birthday lunch 生日', amount: 4_321 };
    const sealed = new FieldCipher(key).seal(row, 'transactions/t1');
    const plain = xchacha20poly1305(
      key,
      sealed.subarray(0, NONCE),
      new TextEncoder().encode('transactions/t1'),
    ).decrypt(sealed.subarray(NONCE));
    expect(JSON.parse(new TextDecoder().decode(plain))).toEqual(row);
  });

  it('opens a row sealed by an earlier release of Purse, so existing ledgers need no upgrade', () => {
    // Sealed on 2026-12-07 by the cipher Purse shipped before it moved to @noble/ciphers.
    const key = Uint8Array.from(Buffer.from(EARLIER.key, 'hex'));
    const sealed = Uint8Array.from(Buffer.from(EARLIER.sealed, 'hex'));
    const cipher = new FieldCipher(key);
    expect(cipher.open(sealed, EARLIER.associated)).toEqual(EARLIER.row);
    sealed[NONCE + 3]! ^= 1;
    expect(() => cipher.open(sealed, EARLIER.associated)).toThrow(/integrity/);
  });

  it('draws a fresh nonce for every seal, across refills of its pool of random bytes', () => {
    const cipher = new FieldCipher(newDataKey());
    const nonces = new Set<string>();
    // More than one pool's worth (2048 nonces).
    for (let i = 0; i < 5_000; i += 1)
      nonces.add(cipher.seal({ i }, `postings/${i}`).subarray(0, NONCE).join(','));
    expect(nonces.size).toBe(5_000);
  });

  it('binds a blob to its row and opens long, non-ASCII rows whole', () => {
    const cipher = new FieldCipher(newDataKey());
    const row = { memo: '长'.repeat(3_000), note: 'x'.repeat(5_000) };
    const sealed = cipher.seal(row, 'transactions/a');
    expect(cipher.open(sealed, 'transactions/a')).toEqual(row);
    expect(() => cipher.open(sealed, 'transactions/b')).toThrow(/integrity/);
    // A short row after a long one leaves no bytes of the long one in it.
    const short = cipher.seal({ a: 1 }, 'transactions/c');
    expect(cipher.open(short, 'transactions/c')).toEqual({ a: 1 });
  });
});
