import { describe, expect, it } from 'vitest';
import { checkPassportNumber, checkResidentId, maskIdNumber } from '../../../src/shared/identity';

/** Builds a valid number from its first 17 digits (the check digit computed here, independently). */
function withCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * weights[i]!;
  return first17 + '10X98765432'[sum % 11]!;
}

const today = new Date(Date.UTC(2026, 10, 25));

describe('checkResidentId', () => {
  it('accepts the GB 11643 sample number and reads its birth date', () => {
    expect(checkResidentId('11010519491231002X', today)).toEqual({
      ok: true,
      birthDate: '1949-12-31',
    });
    expect(checkResidentId('11010519491231002x', today)).toEqual({
      ok: true,
      birthDate: '1949-12-31',
    });
  });

  it('refuses a wrong check digit', () => {
    expect(checkResidentId('110105194912310021', today)).toEqual({
      ok: false,
      problem: 'CHECKSUM',
    });
  });

  it('refuses impossible and future birth dates even with a correct check digit', () => {
    expect(checkResidentId(withCheckDigit('11010520250230123'), today)).toEqual({
      ok: false,
      problem: 'BIRTH_DATE',
    });
    expect(checkResidentId(withCheckDigit('11010520271201123'), today)).toEqual({
      ok: false,
      problem: 'BIRTH_DATE',
    });
    expect(checkResidentId(withCheckDigit('11010518991201123'), today)).toEqual({
      ok: false,
      problem: 'BIRTH_DATE',
    });
    expect(checkResidentId(withCheckDigit('44030420000229123'), today)).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
    });
  });

  it('refuses wrong lengths, letters in the middle and an impossible region', () => {
    for (const bad of ['1101051949123100', '11010519491231002XX', '1101A519491231002X', '']) {
      expect(checkResidentId(bad, today)).toEqual({ ok: false, problem: 'FORMAT' });
    }
    expect(checkResidentId(withCheckDigit('00010519491231002'), today)).toEqual({
      ok: false,
      problem: 'REGION',
    });
  });
});

describe('checkPassportNumber', () => {
  it('takes letters and digits only', () => {
    expect(checkPassportNumber('E12345678')).toBe(true);
    expect(checkPassportNumber('e1234 5678')).toBe(false);
    expect(checkPassportNumber('12<34')).toBe(false);
  });
});

describe('maskIdNumber', () => {
  it('keeps only the first and last characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1****************X');
  });
});
