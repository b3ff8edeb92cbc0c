import type { TFunction } from 'i18next';
import { VOID_REFUSALS, type VoidRefusal } from '../../shared/corrections';
import { isCurrencyCode } from '../../shared/currencies';
import type { ErrorCode, ErrorDetails } from '../../shared/errors';
import { formatMoney } from '../../shared/money';

/** The detail keys each detailed message needs; without all of them the plain one is used. */
const DETAILED = {
  INSUFFICIENT_FUNDS: ['balance', 'needed', 'currency'],
  ACCOUNT_ARCHIVED: ['name'],
  CURRENCY_MISMATCH: ['from', 'to'],
  PIN_WRONG: ['attemptsLeft'],
  PIN_LOCKED: ['minutes'],
  RATE_LIMITED: ['minutes'],
  KEYCHAIN_UNAVAILABLE: ['store'],
} as const satisfies Partial<Record<ErrorCode, readonly string[]>>;
type DetailedCode = keyof typeof DETAILED;

/** The detail that picks a detailed message's plural form ("1 attempt", "2 attempts"). */
const COUNTED: Partial<Record<DetailedCode, string>> = {
  PIN_WRONG: 'attemptsLeft',
  PIN_LOCKED: 'minutes',
  RATE_LIMITED: 'minutes',
};

const MONEY_DETAILS = ['balance', 'needed', 'limit', 'amount', 'remaining'];
const SECRET_STORES = ['os-keychain', 'safe-storage'] as const;

export interface DescribableError {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails | undefined;
}

function isDetailed(code: ErrorCode): code is DetailedCode {
  return Object.hasOwn(DETAILED, code);
}

/**
 * Money amounts in details are minor units of `details.currency`: format them. A secret
 * store is named as the Security screen names it.
 */
function interpolations(
  details: ErrorDetails,
  locale: string,
  t: TFunction,
): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = { ...details };
  const store = SECRET_STORES.find((kind) => kind === details['store']);
  if (store) params['store'] = t(`security.stores.${store}.label`);
  const currency = details['currency'];
  if (isCurrencyCode(currency)) {
    for (const key of MONEY_DETAILS) {
      const value = details[key];
      if (typeof value === 'number' && Number.isSafeInteger(value)) {
        params[key] = formatMoney(value, currency, locale);
      }
    }
  }
  return params;
}

/** The message a person reads for an error, in the UI language, keyed by its code. */
export function describeError(error: DescribableError, t: TFunction, locale: string): string {
  const { code, details } = error;
  const reason = details?.['reason'];
  if (code === 'VOID_REFUSED' && (VOID_REFUSALS as readonly unknown[]).includes(reason))
    return t(`errors.voidRefused.${reason as VoidRefusal}`);
  if (isDetailed(code) && details && DETAILED[code].every((key) => details[key] !== undefined)) {
    const params = interpolations(details, locale, t);
    const counted = COUNTED[code];
    const count = counted === undefined ? undefined : details[counted];
    return t(`errors.detailed.${code}`, typeof count === 'number' ? { ...params, count } : params);
  }
  return t(`errors.${code}`);
}
