import { describe, expect, it } from 'vitest';
import {
  addMinor,
  formatMoney,
  minorToDecimalString,
  parseMoneyInput,
} from '../../../src/shared/money';

describe('parseMoneyInput', () => {
  it.each([
    ['1,234.5', 'CNY', 123_450],
    ['12.30元', 'CNY', 1_230],
    ['¥12.5', 'CNY', 1_250],
    ['￥１２．３０', 'CNY', 1_230],
    ['RMB 8', 'CNY', 800],
    ['0.01', 'CNY', 1],
    ['.5', 'USD', 50],
    ['1 000 000', 'CNY', 100_000_000],
    ['-3.20', 'CNY', -320],
    ['(12.00)', 'CNY', -1_200],
    ['¥-0.00', 'CNY', 0],
    ['1500', 'JPY', 1_500],
    ['1.234', 'BHD', 1_234],
    ['0.10000', 'CNY', 10],
    ['90071992547409.91', 'CNY', 9_007_199_254_740_991],
  ] as const)('reads %s as %i minor units of %s', (text, currency, minor) => {
    expect(parseMoneyInput(text, currency)).toEqual({ ok: true, minor });
  });

  it('reads a decimal comma when told to', () => {
    expect(parseMoneyInput('1.234,56', 'EUR', { decimalMark: ',' })).toEqual({
      ok: true,
      minor: 123_456,
    });
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['abc', 'NOT_A_NUMBER'],
    ['1.2.3', 'NOT_A_NUMBER'],
    ['12,34', 'NOT_A_NUMBER'],
    ['1e5', 'NOT_A_NUMBER'],
    ['0x10', 'NOT_A_NUMBER'],
    ['12.345', 'TOO_MANY_DECIMALS'],
    ['90071992547409.92', 'TOO_LARGE'],
    ['99999999999999999999999', 'TOO_LARGE'],
  ] as const)('refuses %j with %s', (text, reason) => {
    expect(parseMoneyInput(text, 'CNY')).toEqual({ ok: false, reason });
  });

  it('refuses a fraction for a currency without minor units', () => {
    expect(parseMoneyInput('100.5', 'JPY')).toEqual({ ok: false, reason: 'TOO_MANY_DECIMALS' });
  });
});

describe('formatMoney', () => {
  it('formats exactly, without float rounding, in both languages', () => {
    expect(formatMoney(123_450, 'CNY', 'en-US')).toBe('CN¥1,234.50');
    expect(formatMoney(123_450, 'CNY', 'zh-CN')).toBe('¥1,234.50');
    expect(formatMoney(9_007_199_254_740_991, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMoney(-5, 'USD', 'en-US')).toBe('-$0.05');
    expect(formatMoney(1_500, 'JPY', 'en-US')).toBe('¥1,500');
  });

  it('shows a sign on request', () => {
    expect(formatMoney(250, 'CNY', 'zh-CN', { signDisplay: 'always' })).toBe('+¥2.50');
  });
});

describe('minorToDecimalString', () => {
  it('pads small amounts and keeps the sign', () => {
    expect(minorToDecimalString(5, 'CNY')).toBe('0.05');
    expect(minorToDecimalString(-123, 'CNY')).toBe('-1.23');
    expect(minorToDecimalString(7, 'KWD')).toBe('0.007');
  });
});

describe('addMinor', () => {
  it('adds exactly and refuses a sum beyond the safe integer range', () => {
    expect(addMinor(1, 2, -3)).toBe(0);
    expect(() => addMinor(Number.MAX_SAFE_INTEGER, 1)).toThrow(/too large/);
    expect(() => addMinor(0.5)).toThrow(/too large/);
  });
});
