import type { CurrencyCode } from '../../../shared/currencies';
import type { Account } from '../../../shared/domain';
import {
  currenciesWithMoney,
  figuresCurrency,
  type CurrencyMoney,
} from '../../../shared/figures-currency';
import type { FigureTally } from '../../../shared/month-figures';
import { addMinor } from '../../../shared/money';
import type { EngineContext } from '../context';
import { getSettings } from '../settings';

/** Each currency's activity in a period's figures and what the accounts hold in it. */
export function moneyByCurrency(
  total: FigureTally,
  accounts: readonly Pick<Account, 'currency' | 'balance'>[],
): CurrencyMoney[] {
  const balances = new Map<CurrencyCode, number>();
  for (const account of accounts)
    balances.set(account.currency, addMinor(balances.get(account.currency) ?? 0, account.balance));
  const currencies = new Set([...total.currencies(), ...balances.keys()]);
  return [...currencies].map((currency) => ({
    currency,
    activity: total.activity(currency),
    balance: balances.get(currency) ?? 0,
  }));
}

/**
 * The currency a period's figures are shown in — the one asked for, else `figuresCurrency`'s
 * choice — and the currencies that have money, for a picker (the one shown always among them).
 */
export async function chooseCurrency(
  ctx: EngineContext,
  asked: CurrencyCode | undefined,
  total: FigureTally,
  accounts: readonly Pick<Account, 'currency' | 'balance'>[],
): Promise<{ currency: CurrencyCode; currencies: CurrencyCode[] }> {
  const money = moneyByCurrency(total, accounts);
  const currency = asked ?? figuresCurrency(money, (await getSettings(ctx)).defaultCurrency);
  const currencies = currenciesWithMoney(money);
  return {
    currency,
    currencies: currencies.includes(currency) ? currencies : [currency, ...currencies],
  };
}
