import type { CurrencyCode } from './currencies';

/** How much money a currency has around a period: what moved in it, and what is held in it. */
export interface CurrencyMoney {
  readonly currency: CurrencyCode;
  /** Spending and income in the period, without their signs (see `FigureTally.activity`). */
  readonly activity: number;
  /** What the person's accounts in this currency hold today. */
  readonly balance: number;
}

/**
 * The currencies that have money — some spending or income in the period, or a balance —
 * most activity first (then by code), as a currency picker lists them.
 */
export function currenciesWithMoney(money: readonly CurrencyMoney[]): CurrencyCode[] {
  return money
    .filter((entry) => entry.activity !== 0 || entry.balance !== 0)
    .sort((a, b) => b.activity - a.activity || a.currency.localeCompare(b.currency))
    .map((entry) => entry.currency);
}

/**
 * The currency figures are shown in when the person has not picked one: the default
 * currency when it has any spending or income in the period, else the one with the most;
 * in a period with none in any currency, the default currency.
 */
export function figuresCurrency(
  money: readonly CurrencyMoney[],
  defaultCurrency: CurrencyCode,
): CurrencyCode {
  const active = money.filter((entry) => entry.activity > 0);
  if (active.some((entry) => entry.currency === defaultCurrency)) return defaultCurrency;
  return currenciesWithMoney(active)[0] ?? defaultCurrency;
}
