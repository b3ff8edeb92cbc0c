import { minorDigits, type CurrencyCode } from './currencies';
import { PurseError } from './errors';

/** An amount of money: an integer count of minor units (fen, cents) in one currency. */
export interface Money {
  readonly minor: number;
  readonly currency: CurrencyCode;
}

export function assertSafeMinor(minor: number): number {
  if (!Number.isSafeInteger(minor)) {
    throw new PurseError('AMOUNT_OUT_OF_RANGE', 'The amount is too large to store exactly.');
  }
  return minor;
}

/** Adds minor-unit integers, refusing any result that is not exactly representable. */
export function addMinor(...values: readonly number[]): number {
  let total = 0;
  for (const value of values) total = assertSafeMinor(total + assertSafeMinor(value));
  return total;
}

export type ParseMoneyError = 'EMPTY' | 'NOT_A_NUMBER' | 'TOO_MANY_DECIMALS' | 'TOO_LARGE';

export type ParseMoneyResult =
  | { readonly ok: true; readonly minor: number }
  | { readonly ok: false; readonly reason: ParseMoneyError };

export interface ParseMoneyOptions {
  /** The decimal mark of the input; '.' unless a statement says otherwise. */
  readonly decimalMark?: '.' | ',';
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
// Symbols, codes and words people type around amounts: ¥12.30, 12.30元, RMB 12, $5, -€3.
const CURRENCY_NOISE = /[¥￥$€£₩₹฿₫]|元|圆|块|人民币|RMB|CNY|USD|EUR|GBP|JPY|HKD/gi;

/**
 * Parses what a person types ("1,234.5", "12.30元", "¥-0.50", "(12.00)") into minor units
 * without ever going through a float. Negative inputs stay negative; callers decide whether a
 * sign is allowed.
 */
export function parseMoneyInput(
  input: string,
  currency: CurrencyCode,
  options: ParseMoneyOptions = {},
): ParseMoneyResult {
  const decimalMark = options.decimalMark ?? '.';
  const groupMark = decimalMark === '.' ? ',' : '.';
  let text = input
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(CURRENCY_NOISE, '')
    .trim();
  if (text === '') return { ok: false, reason: 'EMPTY' };

  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith('-') || text.startsWith('−')) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  // Group separators: the other mark, spaces, apostrophes and underscores between digits.
  const groups = new RegExp(
    `(?<=\\d)[${groupMark === '.' ? '\\.' : ','}' _](?=\\d{3}(\\D|$))`,
    'g',
  );
  text = text.replace(groups, '');

  const pattern =
    decimalMark === '.' ? /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/ : /^(\d+)(?:,(\d*))?$|^,(\d+)$/;
  const match = pattern.exec(text);
  if (!match) return { ok: false, reason: 'NOT_A_NUMBER' };
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? match[3] ?? '').replace(/0+$/, '');
  const digits = minorDigits(currency);
  if (fraction.length > digits) return { ok: false, reason: 'TOO_MANY_DECIMALS' };

  const minorBig =
    BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minorBig > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'TOO_LARGE' };
  const minor = Number(minorBig);
  return { ok: true, minor: negative && minor !== 0 ? -minor : minor };
}

/** The exact decimal string of a minor-unit amount: 123450 CNY → "1234.50". */
export function minorToDecimalString(minor: number, currency: CurrencyCode): string {
  assertSafeMinor(minor);
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  if (digits === 0) return sign + abs;
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats money for people with Intl, from an exact decimal string (no float rounding). */
export function formatMoney(
  minor: number,
  currency: CurrencyCode,
  locale: string,
  options: { readonly signDisplay?: 'auto' | 'always' | 'exceptZero' } = {},
): string {
  const key = `${locale}|${currency}|${options.signDisplay ?? 'auto'}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = minorDigits(currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: options.signDisplay ?? 'auto',
    });
    formatters.set(key, formatter);
  }
  // Intl accepts decimal strings and formats them exactly.
  return formatter.format(minorToDecimalString(minor, currency) as unknown as number);
}
