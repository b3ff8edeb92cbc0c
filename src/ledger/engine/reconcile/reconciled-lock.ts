import type { Transaction } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';

/** Refuses a change to a reconciled transaction the person has not agreed to. */
export function assertMayChangeReconciled(
  txn: Pick<Transaction, 'id' | 'reconciled'>,
  confirmed: boolean | undefined,
): void {
  if (confirmed || !txn.reconciled?.length) return;
  throw new PurseError(
    'RECONCILED',
    'This transaction was reconciled against a statement. Confirm to change it anyway.',
    { id: txn.id, field: 'confirmReconciled' },
  );
}
