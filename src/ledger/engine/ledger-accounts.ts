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
