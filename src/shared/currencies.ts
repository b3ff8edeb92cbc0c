/**
 * ISO 4217 currencies Purse supports, with their minor-unit exponent. A fixed table (not
 * Intl's) so that stored amounts mean the same thing on every machine and ICU version.
 */
export const CURRENCY_DIGITS = {
  CNY: 2,
  HKD: 2,
  MOP: 2,
  TWD: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  KRW: 0,
  SGD: 2,
  AUD: 2,
  NZD: 2,
  CAD: 2,
  CHF: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  THB: 2,
  MYR: 2,
  IDR: 2,
  PHP: 2,
  VND: 0,
  INR: 2,
  RUB: 2,
  AED: 2,
  SAR: 2,
  BHD: 3,
  KWD: 3,
} as const;

export type CurrencyCode = keyof typeof CURRENCY_DIGITS;

export const CURRENCY_CODES = Object.keys(CURRENCY_DIGITS) as [CurrencyCode, ...CurrencyCode[]];

export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && Object.hasOwn(CURRENCY_DIGITS, value);
}

export function minorDigits(currency: CurrencyCode): number {
  return CURRENCY_DIGITS[currency];
}
