import type { Dayjs } from 'dayjs';
import type { Account } from '../../../shared/domain';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { parseAmountField } from '../../components/money-rules';

/** The end of the statement's closing day where the person is: what `through` means. */
export function throughOf(day: Dayjs): number {
  return day.endOf('day').valueOf();
}

/**
 * An account against a statement: what is cleared up to its closing day, the difference
 * from the balance typed (null while it cannot be read), and clearing one transaction.
 */
export function useReconcile(account: Account, day: Dayjs, balanceText: string | undefined) {
  const through = throughOf(day);
  const state = usePurseQuery('accounts.reconcileState', { accountId: account.id, through });
  const parsed = parseAmountField(balanceText, account.currency);
  const statementBalance = balanceText?.trim() && parsed.ok ? parsed.minor : null;
  const cleared = state.data?.clearedBalance;
  const difference =
    statementBalance !== null && cleared !== undefined ? statementBalance - cleared : null;
  const clear = usePurseMutation('transactions.clear');
  const reconcile = usePurseMutation('accounts.reconcile');
  return { through, state, statementBalance, difference, clear, reconcile };
}
