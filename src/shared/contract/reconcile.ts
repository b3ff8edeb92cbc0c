import type { ClearOutcome, ReconcileOutcome, ReconcileState } from '../reconcile';
import * as r from '../reconcile';
import { CORRECTED_VIEWS } from './corrections';
import { read, write } from './define';

/** Checking accounts against their statements: clearing, and locking what a statement shows. */
export const reconcileMethods = {
  'transactions.clear': write<ClearOutcome>()('ledger', r.transactionsClearInput, {
    stale: CORRECTED_VIEWS,
  }),
  'accounts.reconcileState': read<ReconcileState>()('ledger', r.reconcileStateInput),
  'accounts.reconcile': write<ReconcileOutcome>()('ledger', r.accountsReconcileInput, {
    stale: CORRECTED_VIEWS,
  }),
} as const;
