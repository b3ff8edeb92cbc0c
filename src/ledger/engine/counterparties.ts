import type { ParsedInput } from '../../shared/contract';
import type { Counterparty } from '../../shared/domain';
import { newId } from '../../shared/ids';
import { writeLogged } from './audit';
import type { EngineContext } from './context';
import { ofKind } from './listing';

export async function listCounterparties(
  ctx: EngineContext,
  input: ParsedInput<'counterparties.list'>,
): Promise<Counterparty[]> {
  const all = await ofKind<Counterparty>(ctx.db.counterparties, input?.kind);
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

export async function createCounterparty(
  ctx: EngineContext,
  input: ParsedInput<'counterparties.create'>,
): Promise<Counterparty> {
  return ctx.db.transaction('rw', [ctx.db.counterparties, ctx.db.auditLog], async () => {
    const counterparty: Counterparty = {
      id: newId(),
      kind: input.kind,
      name: input.name,
      ...(input.note ? { note: input.note } : {}),
      createdAt: ctx.clock.now(),
    };
    return writeLogged(ctx, ctx.db.counterparties, 'add', counterparty, 'counterparty.create');
  });
}
