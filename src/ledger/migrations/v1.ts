/** v1: the double-entry ledger, its monthly aggregates, settings (`meta`) and audit log. */
export const stores = {
  accounts: 'id, kind',
  categories: 'id, kind, builtin',
  counterparties: 'id, kind',
  transactions: 'id, [occurredAt+id], month, kind, accountId, counterpartyId',
  postings: 'id, txnId, [ledgerAccount+occurredAt]',
  aggregates: 'id, [scope+month], [scope+scopeId+month]',
  meta: 'key',
  auditLog: 'id, at, kind',
};
