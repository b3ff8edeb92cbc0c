import { contract, type LedgerMethod } from '../../shared/contract';
import { METHOD_NAMES } from '../../shared/method-names';

/** The contract's methods that the ledger host serves. */
export const LEDGER_METHODS: readonly LedgerMethod[] = METHOD_NAMES.filter(
  (method): method is LedgerMethod => contract[method].target === 'ledger',
);
