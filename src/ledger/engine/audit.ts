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
