import type { Account, Transaction } from '../../shared/domain';
import { directionOf } from './transaction-direction';

/** The amount as the person's accounts felt it: minus when money left, plus when it came. */
export function signedAmount(txn: Transaction, account: Account | undefined): number {
  const direction = directionOf(txn);
  if (direction === 'out') return -txn.amount;
  if (direction === 'opening') {
    const opening = account?.openingBalance ?? txn.amount;
    return opening < 0 ? -txn.amount : txn.amount;
  }
  return txn.amount;
}
