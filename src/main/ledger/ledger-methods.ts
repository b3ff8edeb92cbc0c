import { contract, type ContractTable, type LedgerMethod } from '../../shared/contract';

/** The methods of a table that the ledger host serves. */
export function ledgerMethodsOf(table: ContractTable): string[] {
  return Object.keys(table).filter((method) => table[method]?.serve === 'ledger');
}

/** The contract's methods that the ledger host serves. */
export const LEDGER_METHODS = ledgerMethodsOf(contract) as readonly LedgerMethod[];
