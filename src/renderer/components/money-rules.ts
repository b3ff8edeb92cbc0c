import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { minorDigits, type CurrencyCode } from '../../shared/currencies';
import type { Account } from '../../shared/domain';
import { parseMoneyInput, type ParseMoneyResult } from '../../shared/money';

export interface MoneyRuleOptions {
  /** An empty field means zero (an opening balance) rather than an error. */
  readonly allowEmpty?: boolean;
  readonly allowNegative?: boolean;
  /** Zero is refused (a payment or transfer of nothing). */
  readonly positive?: boolean;
}

/** Parses what the person typed; an empty field is zero where that is allowed. */
export function parseAmountField(
  text: string | undefined,
  currency: CurrencyCode,
  options: MoneyRuleOptions = {},
): ParseMoneyResult {
  const value = text ?? '';
  if (options.allowEmpty && value.trim() === '') return { ok: true, minor: 0 };
  return parseMoneyInput(value, currency);
}

/**
 * The account a money form names, with the form's amount read in that account's currency;
 * null when the account is not among `accounts` or the amount can't be read.
 */
export function accountAmount(
  accounts: readonly Account[],
  accountId: string | undefined,
  text: string | undefined,
): { readonly account: Account; readonly minor: number } | null {
  const account = accounts.find((candidate) => candidate.id === accountId);
  if (!account) return null;
  const parsed = parseAmountField(text, account.currency);
  return parsed.ok ? { account, minor: parsed.minor } : null;
}

/** The message for an amount that can't be used, or null when it is fine. */
export function moneyProblem(
  text: string | undefined,
  currency: CurrencyCode,
  t: TFunction,
  options: MoneyRuleOptions = {},
): string | null {
  const parsed = parseAmountField(text, currency, options);
  if (!parsed.ok) {
    if (parsed.reason === 'TOO_MANY_DECIMALS') {
      return t('money.TOO_MANY_DECIMALS', { currency, count: minorDigits(currency) });
    }
    return t(`money.${parsed.reason}`);
  }
  if (parsed.minor < 0 && !options.allowNegative) return t('money.negative');
  if (parsed.minor === 0 && options.positive) return t('money.notPositive');
  return null;
}

/** An antd Form rule: the same parser the ledger's inputs come from, no floats. */
export function moneyRule(
  currency: CurrencyCode,
  t: TFunction,
  options: MoneyRuleOptions = {},
): FormRule {
  return {
    validator: (_rule, value: string | undefined) => {
      const problem = moneyProblem(value, currency, t, options);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}
