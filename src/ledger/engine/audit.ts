import { newId } from '../../shared/ids';
import type { AuditRow } from '../db';
import type { EngineContext } from './context';

/** Appends to the audit log; call inside the write's transaction so both land or neither. */
export async function audit(
  ctx: EngineContext,
  kind: string,
  subjectId?: string,
  details?: AuditRow['details'],
): Promise<void> {
  await ctx.db.auditLog.add({
    id: newId(),
    at: ctx.clock.now(),
    kind,
    ...(subjectId ? { subjectId } : {}),
    ...(details ? { details } : {}),
  });
}

/** A table a logged write goes to: a new row is added, a changed one put back. */
interface WritableTable<Row> {
  add(row: Row): PromiseLike<unknown>;
  put(row: Row): PromiseLike<unknown>;
}

/**
 * Writes one row and its audit entry (`kind`, about the row) in the caller's transaction, and
 * answers the row: `add` for a new row (refused if its id is taken), `put` for a new version.
 */
export async function writeLogged<Row extends { readonly id: string }>(
  ctx: EngineContext,
  table: WritableTable<NoInfer<Row>>,
  how: 'add' | 'put',
  row: Row,
  kind: string,
): Promise<Row> {
  await (how === 'add' ? table.add(row) : table.put(row));
  await audit(ctx, kind, row.id);
  return row;
}
