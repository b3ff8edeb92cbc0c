import { describe, expect, it } from 'vitest';
import { requestFingerprint } from '../../../src/shared/request-fingerprint';

describe('requestFingerprint', () => {
  const asked = { requestId: 'r1', amount: 1_500, merchant: { name: 'Luckin', note: undefined } };

  it('is the same for the same request, whatever the key order or step-up', () => {
    expect(requestFingerprint(asked)).toBe(
      requestFingerprint({ merchant: { name: 'Luckin' }, amount: 1_500, requestId: 'r1' }),
    );
    expect(requestFingerprint({ ...asked, stepUpPassed: true })).toBe(requestFingerprint(asked));
  });

  it('differs when anything asked for differs', () => {
    const base = requestFingerprint(asked);
    expect(requestFingerprint({ ...asked, amount: 1_501 })).not.toBe(base);
    expect(requestFingerprint({ ...asked, merchant: { name: 'luckin' } })).not.toBe(base);
    expect(requestFingerprint({ ...asked, memo: '' })).not.toBe(base);
  });
});
