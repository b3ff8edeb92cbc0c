import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from '../../../../src/gateway/security/base32';
import { otpauthUrl, totpAt, verifyTotp } from '../../../../src/gateway/security/totp';

const ascii = (text: string) => new TextEncoder().encode(text);
// RFC 6238 appendix B: the seeds for SHA1, SHA256 and SHA512.
const SEEDS = {
  SHA1: ascii('12345678901234567890'),
  SHA256: ascii('12345678901234567890123456789012'),
  SHA512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
};

describe('totp (RFC 6238 test vectors)', () => {
  it.each([
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ] as const)('at T=%i gives %s / %s / %s', (seconds, sha1, sha256, sha512) => {
    const at = seconds * 1000;
    expect(totpAt(SEEDS.SHA1, at, { digits: 8, algorithm: 'SHA1' })).toBe(sha1);
    expect(totpAt(SEEDS.SHA256, at, { digits: 8, algorithm: 'SHA256' })).toBe(sha256);
    expect(totpAt(SEEDS.SHA512, at, { digits: 8, algorithm: 'SHA512' })).toBe(sha512);
  });
});

describe('verifyTotp', () => {
  const secret = SEEDS.SHA1;
  const now = 1_111_111_111_000;

  it('accepts the current code and one step of clock skew either side', () => {
    for (const skew of [-30_000, 0, 30_000]) {
      expect(verifyTotp(secret, totpAt(secret, now + skew), now)).toBeDefined();
    }
  });

  it('refuses a code two steps away, a wrong code and malformed input', () => {
    expect(verifyTotp(secret, totpAt(secret, now - 60_000), now)).toBeUndefined();
    expect(verifyTotp(secret, totpAt(secret, now + 60_000), now)).toBeUndefined();
    const right = totpAt(secret, now);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(verifyTotp(secret, wrong, now)).toBeUndefined();
    for (const bad of ['', '12345', '1234567', 'abcdef', '12 456'])
      expect(verifyTotp(secret, bad, now)).toBeUndefined();
  });
});

describe('base32', () => {
  it('round-trips bytes and decodes RFC 4648 vectors', () => {
    expect(base32Encode(ascii('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('MZXW6YTBOI======')).toEqual(ascii('foobar'));
    expect(base32Decode('mzxw 6ytb oi')).toEqual(ascii('foobar'));
    expect(base32Decode('MZXW1')).toBeUndefined();
    const random = crypto.getRandomValues(new Uint8Array(20));
    expect(base32Decode(base32Encode(random))).toEqual(random);
  });
});

describe('otpauthUrl', () => {
  it('names Purse as the issuer so authenticator apps label it', () => {
    const url = new URL(otpauthUrl('JBSWY3DPEHPK3PXP', 'me'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('issuer')).toBe('Purse');
    expect(url.searchParams.get('secret')).toBe('JBSWY3DPEHPK3PXP');
  });
});
