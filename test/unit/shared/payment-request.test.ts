import { describe, expect, it } from 'vitest';
import {
  formatPaymentRequest,
  isOverPerPaymentLimit,
  parsePaymentRequest,
  type PaymentRequestProblem,
} from '../../../src/shared/payment-request';

const GOOD =
  'purse://pay?merchant=Lucky%20Coffee&amount=25.50&currency=CNY&order=ORD-2026-0042&note=Two%20lattes';

function problem(text: string): PaymentRequestProblem | 'accepted' {
  const result = parsePaymentRequest(text);
  return result.ok ? 'accepted' : result.problem;
}

describe('parsePaymentRequest', () => {
  it('reads merchant, amount in minor units, currency, order and note from a link', () => {
    expect(parsePaymentRequest(GOOD)).toEqual({
      ok: true,
      request: {
        merchant: 'Lucky Coffee',
        amount: 2550,
        currency: 'CNY',
        order: 'ORD-2026-0042',
        note: 'Two lattes',
      },
    });
  });

  it('finds the link inside pasted text and reads Chinese merchant names', () => {
    const link = formatPaymentRequest({ merchant: '幸运咖啡', amount: 1990, currency: 'CNY' });
    const result = parsePaymentRequest(`请付款：${link}  谢谢`);
    expect(result).toEqual({
      ok: true,
      request: { merchant: '幸运咖啡', amount: 1990, currency: 'CNY' },
    });
  });

  it('gives back the same request from its canonical link', () => {
    const first = parsePaymentRequest(GOOD);
    if (!first.ok) throw new Error('expected a request');
    expect(parsePaymentRequest(formatPaymentRequest(first.request))).toEqual(first);
  });

  it('knows that yen have no decimals and dinars have three', () => {
    expect(parsePaymentRequest('purse://pay?merchant=A&amount=500&currency=JPY')).toMatchObject({
      request: { amount: 500 },
    });
    expect(problem('purse://pay?merchant=A&amount=500.5&currency=JPY')).toBe('amount-too-precise');
    expect(parsePaymentRequest('purse://pay?merchant=A&amount=1.005&currency=KWD')).toMatchObject({
      request: { amount: 1005 },
    });
  });

  it.each([
    ['an unknown currency', 'purse://pay?merchant=A&amount=1&currency=XYZ', 'currency-unknown'],
    ['a lower-case currency', 'purse://pay?merchant=A&amount=1&currency=cny', 'currency-unknown'],
    ['a negative amount', 'purse://pay?merchant=A&amount=-5&currency=CNY', 'amount-not-positive'],
    ['a zero amount', 'purse://pay?merchant=A&amount=0.00&currency=CNY', 'amount-not-positive'],
    [
      'three decimals in yuan',
      'purse://pay?merchant=A&amount=1.234&currency=CNY',
      'amount-too-precise',
    ],
    [
      '40 decimal places',
      `purse://pay?merchant=A&amount=1.${'1'.repeat(40)}&currency=CNY`,
      'amount-too-precise',
    ],
    ['an exponent', 'purse://pay?merchant=A&amount=1e3&currency=CNY', 'amount-invalid'],
    ['a comma amount', 'purse://pay?merchant=A&amount=1,5&currency=CNY', 'amount-invalid'],
    [
      'an amount too large to store',
      `purse://pay?merchant=A&amount=${'9'.repeat(16)}&currency=CNY`,
      'amount-too-large',
    ],
    ['no amount', 'purse://pay?merchant=A&currency=CNY', 'amount-invalid'],
    ['no merchant', 'purse://pay?amount=1&currency=CNY', 'merchant-missing'],
    ['a blank merchant', 'purse://pay?merchant=%20%20&amount=1&currency=CNY', 'merchant-missing'],
    [
      'a merchant with a control character',
      'purse://pay?merchant=Shop%07&amount=1&currency=CNY',
      'merchant-invalid',
    ],
    [
      'a merchant with a new line',
      'purse://pay?merchant=Shop%0AEvil&amount=1&currency=CNY',
      'merchant-invalid',
    ],
    [
      'a merchant with a bidi override',
      'purse://pay?merchant=Shop%E2%80%AEgnp.exe&amount=1&currency=CNY',
      'merchant-invalid',
    ],
    [
      'a merchant with script',
      'purse://pay?merchant=%3Cscript%3Ealert(1)%3C/script%3E&amount=1&currency=CNY',
      'merchant-invalid',
    ],
    [
      'a merchant with an HTML tag',
      'purse://pay?merchant=%3Cimg%20src=x%3E&amount=1&currency=CNY',
      'merchant-invalid',
    ],
    [
      'a merchant name of 81 characters',
      `purse://pay?merchant=${'a'.repeat(81)}&amount=1&currency=CNY`,
      'merchant-invalid',
    ],
    [
      'an order with spaces',
      'purse://pay?merchant=A&amount=1&currency=CNY&order=a%20b',
      'order-invalid',
    ],
    [
      'a note with script',
      'purse://pay?merchant=A&amount=1&currency=CNY&note=%3Cb%3E',
      'note-invalid',
    ],
    [
      'an unknown parameter',
      'purse://pay?merchant=A&amount=1&currency=CNY&callback=x',
      'unknown-parameter',
    ],
    [
      'a repeated parameter',
      'purse://pay?merchant=A&amount=1&amount=2&currency=CNY',
      'repeated-parameter',
    ],
    ['another scheme', 'https://pay?merchant=A&amount=1&currency=CNY', 'not-a-request'],
    ['another host', 'purse://send?merchant=A&amount=1&currency=CNY', 'not-a-request'],
    ['a path', 'purse://pay/extra?merchant=A&amount=1&currency=CNY', 'not-a-request'],
    ['credentials', 'purse://me:x@pay?merchant=A&amount=1&currency=CNY', 'not-a-request'],
    ['plain words', 'hello there', 'not-a-request'],
    ['nothing', '   ', 'empty'],
    ['a link over 2 KB', `${GOOD}&note=${'x'.repeat(2100)}`, 'too-long'],
  ] as const)('refuses %s', (_name, text, expected) => {
    expect(problem(text)).toBe(expected);
  });

  it('refuses what is not text at all', () => {
    expect(parsePaymentRequest(42)).toEqual({ ok: false, problem: 'empty' });
    expect(parsePaymentRequest({ merchant: 'A' })).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('isOverPerPaymentLimit', () => {
  it('compares the request with the per-payment limit in major units', () => {
    const request = { merchant: 'A', amount: 500_001, currency: 'CNY' as const };
    expect(isOverPerPaymentLimit(request, 5000)).toBe(true);
    expect(isOverPerPaymentLimit({ ...request, amount: 500_000 }, 5000)).toBe(false);
  });
});
