import type { OwnSide, Posting, SplitLine } from '../../shared/domain';

/** Names of the non-account sides of postings. */
export const OPENING_EQUITY = 'equity:opening';

export function categoryLedgerAccount(categoryId: string): string {
  return `category:${categoryId}`;
}

export function categoryIdOf(ledgerAccount: string): string | undefined {
  return ledgerAccount.startsWith('category:')
    ? ledgerAccount.slice('category:'.length)
    : undefined;
}

export function isOwnAccount(ledgerAccount: string): boolean {
  return !ledgerAccount.includes(':');
}

/**
 * A transaction's `ownSides`: its own-account postings in posting-id order (the order a
 * statement lists them in), as account and signed amount.
 */
export function ownSidesOf(
  postings: readonly Pick<Posting, 'id' | 'ledgerAccount' | 'amount'>[],
): OwnSide[] {
  return postings
    .filter((posting) => isOwnAccount(posting.ledgerAccount))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((posting) => ({ account: posting.ledgerAccount, amount: posting.amount }));
}

/** How the far side of money sent to (or received from) a contact is named. */
export const EXTERNAL_PREFIX = 'external:';

/** The far side of money sent to (or received from) a contact, outside the user's books. */
export function externalLedgerAccount(counterpartyId: string): string {
  return `${EXTERNAL_PREFIX}${counterpartyId}`;
}

export function isExternal(ledgerAccount: string): boolean {
  return ledgerAccount.startsWith(EXTERNAL_PREFIX);
}

/** The contact an `external:` side names, or undefined for any other side. */
export function externalCounterpartyOf(ledgerAccount: string): string | undefined {
  return isExternal(ledgerAccount) ? ledgerAccount.slice(EXTERNAL_PREFIX.length) : undefined;
}

/** What the postings of income, an expense or a move between own accounts are made from. */
export interface Recorded {
  readonly kind: 'income' | 'expense' | 'transfer';
  readonly accountId: string;
  readonly toAccountId?: string;
  readonly categoryId?: string;
  /** Income or an expense split across categories: one category side per line. */
  readonly splits?: readonly SplitLine[];
  readonly amount: number;
}

/**
 * The balanced postings of what the person records by hand: a transfer leaves one own
 * account for another; income enters the account from its category (or each of its split
 * lines' categories), an expense leaves the account for them. Recording, correcting and
 * importing build them here alike.
 */
export function recordedPostings(r: Recorded): { ledgerAccount: string; amount: number }[] {
  if (r.kind === 'transfer')
    return [
      { ledgerAccount: r.accountId, amount: -r.amount },
      { ledgerAccount: r.toAccountId!, amount: r.amount },
    ];
  const sign = r.kind === 'expense' ? -1 : 1;
  const lines = r.splits?.length ? r.splits : [{ categoryId: r.categoryId!, amount: r.amount }];
  return [
    { ledgerAccount: r.accountId, amount: sign * r.amount },
    ...lines.map((line) => ({
      ledgerAccount: categoryLedgerAccount(line.categoryId),
      amount: -sign * line.amount,
    })),
  ];
}
