import type {
  CorrectionOutcome,
  OperationKind,
  UndoOutcome,
  UndoState,
  UndoStep,
} from '../../../shared/corrections';
import type { TransactionDetail } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import type { OperationRow } from '../../db';
import { audit } from '../audit';
import { moneyTables, type EngineContext } from '../context';
import { assertNoRefundLeft } from './refund-links';
import { recordOperation, type Changed } from './operations';
import { replaceTransactions, storedDetails } from './replace-transactions';
import type { Direction, UndoStack } from './undo-stack';

/** Refusals that mean an undo or redo can never land, however often it is tried. */
const NEVER_LANDS: ReadonlySet<string> = new Set(['NOT_FOUND', 'STALE_REVISION']);

/**
 * Operations whose reverting moves money a PIN confirmed: a void (its undo takes the
 * reversal away, its redo writes it again). Undo and redo of them need the PIN, as the void
 * did; an undo of an edit of such money only changes its category or memo, and needs none.
 */
const MOVES_PIN_MONEY: ReadonlySet<OperationKind> = new Set(['void']);

function stepOf(row: OperationRow): UndoStep {
  return {
    operationId: row.id,
    kind: row.origin,
    at: row.at,
    count: row.changes.length,
    ...(MOVES_PIN_MONEY.has(row.origin) ? { needsPin: true as const } : {}),
  };
}

/** What can be undone and redone now, as the UI offers it. */
export async function undoState(ctx: EngineContext, stack: UndoStack): Promise<UndoState> {
  const [undo, redo] = await ctx.db.operations.bulkGet(
    [stack.peek('undo'), stack.peek('redo')].map((id) => id ?? ''),
  );
  return {
    ...(undo ? { undo: stepOf(undo) } : {}),
    ...(redo ? { redo: stepOf(redo) } : {}),
  };
}

/**
 * Each transaction of `row` back as it was before the operation (its revision with it), if
 * nothing else has changed it since: its revision is still the one the operation left, or
 * it is still gone.
 */
function revertedStates(
  row: OperationRow,
  current: readonly (TransactionDetail | undefined)[],
): Changed[] {
  return row.changes.map((change, index) => {
    const stored = current[index];
    const unchanged =
      change.afterRevision === undefined
        ? stored === undefined
        : stored !== undefined && (stored.transaction.revision ?? 0) === change.afterRevision;
    if (!unchanged) {
      throw new PurseError(
        'STALE_REVISION',
        'A transaction this would undo has been changed since. Undo that change first.',
        { id: change.txnId },
      );
    }
    return {
      ...(stored ? { before: stored } : {}),
      ...(change.before ? { after: change.before } : {}),
    };
  });
}

/** Reverts operation `id` as a new operation of `kind`, in one read-write transaction. */
async function revert(
  ctx: EngineContext,
  id: string,
  kind: Direction,
  pinConfirmed: boolean,
): Promise<{ row: OperationRow; recorded: OperationRow }> {
  return ctx.db.transaction('rw', moneyTables(ctx.db), async () => {
    const row = await ctx.db.operations.get(id);
    if (!row) throw new PurseError('NOT_FOUND', 'That change is no longer in the ledger.', { id });
    // Decided here, on the step this walk takes, so no other step can slip in between.
    if (MOVES_PIN_MONEY.has(row.origin) && !pinConfirmed) {
      throw new PurseError('PIN_REQUIRED', `Enter your PIN to ${kind} this: it moves money.`, {
        step: kind,
        kind: row.origin,
        operationId: row.id,
      });
    }
    const current = await storedDetails(
      ctx,
      row.changes.map((change) => change.txnId),
    );
    const changed = revertedStates(row, current);
    await assertNoRefundLeft(
      ctx,
      changed.flatMap(({ before, after }) => (before && !after ? [before.transaction.id] : [])),
    );
    await replaceTransactions(
      ctx,
      changed.map(({ before, after }) => ({
        ...(before ? { from: before } : {}),
        ...(after ? { to: after } : {}),
      })),
    );
    const recorded = await recordOperation(ctx, kind, changed, {
      reverts: row.id,
      origin: row.origin,
    });
    await audit(ctx, `operation.${kind}`, row.id, { count: row.changes.length });
    return { row, recorded };
  });
}

/**
 * Undoes the newest operation that can be undone, or redoes the newest undo (if nothing has
 * been done since), as an operation of its own.
 */
export function walk(
  ctx: EngineContext,
  stack: UndoStack,
  direction: Direction,
  pinConfirmed = false,
): Promise<UndoOutcome> {
  return stack.serial(async () => {
    const id = stack.peek(direction);
    if (!id) throw new PurseError('NOTHING_TO_UNDO', `There is nothing to ${direction}.`);
    let reverted: Awaited<ReturnType<typeof revert>>;
    try {
      reverted = await revert(ctx, id, direction, pinConfirmed);
    } catch (thrown) {
      // A restore or another path changed what it would revert: it can never land, so the
      // next undo goes on to the one before it rather than failing here for ever.
      if (thrown instanceof PurseError && NEVER_LANDS.has(thrown.code)) stack.discard(direction);
      throw thrown;
    }
    const { row, recorded } = reverted;
    stack.moved(direction, recorded.id);
    return { reverted: stepOf(row), recorded: recorded.id, state: await undoState(ctx, stack) };
  });
}

/**
 * Runs a correction after every one sent before it, in one read-write transaction over the
 * money tables; the operation it records (if it made one) is then the next to undo.
 */
export function runCorrection<T>(
  ctx: EngineContext,
  stack: UndoStack,
  work: () => Promise<{ readonly value: T; readonly operationId: string | undefined }>,
): Promise<{ readonly value: T; readonly outcome: CorrectionOutcome | undefined }> {
  return stack.serial(async () => {
    const { value, operationId } = await ctx.db.transaction('rw', moneyTables(ctx.db), work);
    if (!operationId) return { value, outcome: undefined };
    stack.done(operationId);
    return { value, outcome: { operationId, state: await undoState(ctx, stack) } };
  });
}
