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

/** The far side of money sent to (or received from) a contact, outside the user's books. */
export function externalLedgerAccount(counterpartyId: string): string {
  return `external:${counterpartyId}`;
}

export function isExternal(ledgerAccount: string): boolean {
  return ledgerAccount.startsWith('external:');
}
