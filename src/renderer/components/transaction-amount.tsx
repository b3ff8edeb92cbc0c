import type { Account, Transaction } from '../../shared/domain';
import { Money } from './money';
import { signedAmount } from './signed-amount';
import { directionOf } from './transaction-direction';

/** A transaction's amount in a list: signed and toned by how it moved the person's money. */
export function TransactionAmount({
  txn,
  account,
}: {
  readonly txn: Transaction;
  /** The account it left or entered (an opening balance takes its sign from it). */
  readonly account: Account | undefined;
}) {
  const direction = directionOf(txn);
  return (
    <Money
      minor={signedAmount(txn, account)}
      currency={txn.currency}
      signDisplay={direction === 'move' ? 'auto' : 'exceptZero'}
      tone={direction === 'in' ? 'positive' : direction === 'move' ? 'muted' : 'default'}
    />
  );
}
