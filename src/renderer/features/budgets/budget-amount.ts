import type { TFunction } from 'i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { parseMoneyInput } from '../../../shared/money';
import { moneyProblem } from '../../components/money-rules';

/** Why a typed budget can't be used (a negative one is refused plainly), or null. */
export function budgetAmountProblem(
  text: string | undefined,
  currency: CurrencyCode,
  t: TFunction,
): string | null {
  const parsed = parseMoneyInput(text ?? '', currency);
  if (parsed.ok && parsed.minor < 0) return t('budgets.negative');
  return moneyProblem(text, currency, t);
}

/** The typed budget in minor units; call only once budgetAmountProblem said it is fine. */
export function parseBudgetAmount(text: string, currency: CurrencyCode): number {
  const parsed = parseMoneyInput(text, currency);
  return parsed.ok ? parsed.minor : 0;
}
