import type { OperationKind } from '../../../shared/corrections';
import type { TransactionDetail } from '../../../shared/domain';
import { newId } from '../../../shared/ids';
import type { OperationChange, OperationRow } from '../../db';
import type { EngineContext } from '../context';

/** One transaction's part in an operation: before (absent: created) and after (absent: gone). */
export interface Changed {
  readonly before?: TransactionDetail;
  readonly after?: TransactionDetail;
}

/** Kinds whose rows' histories do not list the operation: an import's rows begin with it. */
const UNLISTED: ReadonlySet<OperationKind> = new Set(['import']);

/**
 * Records an operation over `changed` in the caller's read-write transaction: each
 * transaction as it was before, and the revision it has after (so that an undo can tell
 * whether something else changed it since).
 */
export function recordOperation(
  ctx: EngineContext,
  kind: OperationKind,
  changed: readonly Changed[],
  chain: { readonly reverts?: string; readonly origin?: OperationKind } = {},
): Promise<OperationRow> {
  const changes: OperationChange[] = changed.map(({ before, after }) => ({
    txnId: (before ?? after)!.transaction.id,
    ...(before ? { before } : {}),
    ...(after ? { afterRevision: after.transaction.revision ?? 0 } : {}),
  }));
  return storeOperation(ctx, kind, changes, chain);
}

/** Records that an operation created the transactions `ids` (an import's rows). */
export function recordCreated(
  ctx: EngineContext,
  kind: OperationKind,
  ids: readonly string[],
): Promise<OperationRow> {
  return storeOperation(
    ctx,
    kind,
    ids.map((txnId) => ({ txnId, afterRevision: 0 })),
  );
}

async function storeOperation(
  ctx: EngineContext,
  kind: OperationKind,
  changes: OperationChange[],
  chain: { readonly reverts?: string; readonly origin?: OperationKind } = {},
): Promise<OperationRow> {
  const origin = chain.origin ?? kind;
  const row: OperationRow = {
    id: newId(),
    at: ctx.clock.now(),
    kind,
    txnIds: UNLISTED.has(origin) ? [] : changes.map((change) => change.txnId),
    changes,
    origin,
    ...(chain.reverts ? { reverts: chain.reverts } : {}),
  };
  await ctx.db.operations.add(row);
  return row;
}

/**
 * The revision a correction gives a transaction: one past every revision it has had, which
 * is at most the number of operations in its history. An undo puts back the revision the
 * transaction had with the values it puts back, so the undo under it finds it as it left it,
 * and a revision number never names two different states of one transaction.
 */
export async function nextRevision(ctx: EngineContext, id: string): Promise<number> {
  return (await ctx.db.operations.where('txnIds').equals(id).count()) + 1;
}
