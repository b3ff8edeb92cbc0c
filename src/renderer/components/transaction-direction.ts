import type { Transaction } from '../../shared/domain';

/**
 * How a transaction moves the person's money: out of their accounts (spending, paying,
 * sending), in (income, refunds), between two of their own accounts, or an opening balance.
 */
export type Direction = 'out' | 'in' | 'move' | 'opening';

export function directionOf(
  txn: Pick<Transaction, 'kind' | 'toAccountId' | 'reversedKind'>,
): Direction {
  switch (txn.kind) {
    case 'expense':
    case 'payment':
    case 'p2p':
      return txn.toAccountId ? 'move' : 'out';
    case 'income':
    case 'refund':
      return 'in';
    case 'opening':
      return 'opening';
    case 'transfer':
    case 'topup':
    case 'withdrawal':
      return 'move';
    // A void brings money sent away back in; a move between own accounts goes back.
    case 'reversal':
      return txn.toAccountId ? 'move' : 'in';
  }
}
