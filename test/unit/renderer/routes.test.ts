import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash } from '../../../src/renderer/shell/routes';

describe('routes', () => {
  it('read the area and its parameters from the hash', () => {
    expect(parseHash('#/pay?kind=income').area).toBe('pay');
    expect(parseHash('#/pay?kind=income').params.get('kind')).toBe('income');
    expect(parseHash('').area).toBe('home');
    expect(parseHash('#/nowhere').area).toBe('home');
  });

  it('round-trip', () => {
    expect(parseHash(hrefOf('transfer')).area).toBe('transfer');
    expect(hrefOf('pay', { kind: 'income' })).toBe('#/pay?kind=income');
  });
});
