import type {
  BulkOutcome,
  CorrectionOutcome,
  EditedTransaction,
  TagFigures,
  TransactionChange,
  UndoOutcome,
  UndoState,
  VoidOutcome,
} from '../corrections';
import * as c from '../corrections';
import * as s from '../schemas';
import { guarded, read, write } from './define';
import { MOVEMENT_VIEWS } from './views';

/**
 * What a correction changes: everything money shows, a transaction's history, undo, and
 * what is cleared against a statement.
 */
export const CORRECTED_VIEWS = [
  ...MOVEMENT_VIEWS,
  'transactions.changes',
  'ledger.undoState',
  'tags.list',
  'analytics.tags',
  // A transaction deleted or brought back hides or shows its attachments.
  'attachments.list',
  'accounts.reconcileState',
] as const;

/** Correcting recorded transactions: edits, deletes, tags, their history, undo and redo. */
export const correctionsMethods = {
  'transactions.update': write<EditedTransaction>()('ledger', c.transactionsUpdateInput, {
    stale: CORRECTED_VIEWS,
  }),
  'transactions.delete': write<CorrectionOutcome>()('ledger', c.transactionsDeleteInput, {
    stale: CORRECTED_VIEWS,
  }),
  'transactions.bulkUpdate': write<BulkOutcome>()('ledger', c.transactionsBulkUpdateInput, {
    stale: CORRECTED_VIEWS,
  }),
  'transactions.changes': read<TransactionChange[]>()('ledger', s.byIdInput),
  'tags.list': read<string[]>()('ledger', c.noInput),
  'analytics.tags': read<TagFigures[]>()('ledger', c.tagFiguresInput),
  'ledger.undoState': read<UndoState>()('ledger', c.noInput),
  // A reversing entry for money a PIN confirmed (a transfer to a contact, a top-up, a
  // withdrawal): the PIN again, then one logged operation in the ledger.
  'transactions.void': guarded<VoidOutcome>()(c.transactionsVoidInput, 'pin', CORRECTED_VIEWS),
  // The PIN only when the step moves money a PIN confirmed (undoing or redoing a void).
  'ledger.undo': guarded<UndoOutcome>()(c.undoInput, 'pin-to-move-money', CORRECTED_VIEWS),
  'ledger.redo': guarded<UndoOutcome>()(c.undoInput, 'pin-to-move-money', CORRECTED_VIEWS),
} as const;
