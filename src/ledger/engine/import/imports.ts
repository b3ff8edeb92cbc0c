import type { z } from 'zod';
import type {
  ImportCheck,
  ImportOutcome,
  SavedMapping,
  importsSaveMappingInput,
} from '../../../shared/imports';
import { audit } from '../audit';
import type { EngineContext } from '../context';
import type { ImportInput } from './import-draft';
import { planImport } from './plan-import';
import { postImportDrafts } from './post-import';
import { recordCreated } from '../corrections/operations';
import { runCorrection } from '../corrections/undo';
import type { UndoStack } from '../corrections/undo-stack';

const MAPPINGS_KEY = 'imports.mappings';
const MAX_MAPPINGS = 100;

/** What an import would do: rows new and already there, payees to create, the balance after. */
export async function checkImport(ctx: EngineContext, input: ImportInput): Promise<ImportCheck> {
  return ctx.db.transaction(
    'r',
    [ctx.db.accounts, ctx.db.categories, ctx.db.counterparties, ctx.db.transactions, ctx.db.rules],
    async () => {
      const plan = await planImport(ctx, input);
      return { ...plan.outcome, planned: plan.planned };
    },
  );
}

/**
 * Imports a statement all or nothing: one read-write transaction over the money tables
 * plans (dedupe, categories, refunds), creates the new payees, posts every row and records
 * the import as one operation, which an undo takes back whole; any failure rolls all of it
 * back.
 */
export async function commitImport(
  ctx: EngineContext,
  input: ImportInput,
  stack: UndoStack,
): Promise<ImportOutcome> {
  const { value } = await runCorrection(ctx, stack, async () => {
    const plan = await planImport(ctx, input);
    if (plan.newCounterparties.length)
      await ctx.db.counterparties.bulkAdd([...plan.newCounterparties]);
    const ids = await postImportDrafts(ctx, plan.drafts, plan.account);
    const row = ids.length ? await recordCreated(ctx, 'import', ids) : undefined;
    await audit(ctx, 'import.commit', plan.account.id, {
      profile: input.profile,
      rows: plan.outcome.rows,
      imported: plan.outcome.imported,
      duplicates: plan.outcome.duplicates,
    });
    const outcome = row ? { ...plan.outcome, operationId: row.id } : plan.outcome;
    return { value: outcome, operationId: row?.id };
  });
  return value;
}

export async function listMappings(ctx: EngineContext): Promise<SavedMapping[]> {
  const row = await ctx.db.meta.get(MAPPINGS_KEY);
  return Array.isArray(row?.value) ? (row.value as SavedMapping[]) : [];
}

/** Remembers how to read files with this header, for the next import from the same source. */
export async function saveMapping(
  ctx: EngineContext,
  input: z.output<typeof importsSaveMappingInput>,
): Promise<SavedMapping> {
  return ctx.db.transaction('rw', [ctx.db.meta], async () => {
    const saved: SavedMapping = {
      signature: input.signature,
      settings: input.settings,
      ...(input.accountId ? { accountId: input.accountId } : {}),
      updatedAt: ctx.clock.now(),
    };
    const others = (await listMappings(ctx)).filter((m) => m.signature !== input.signature);
    await ctx.db.meta.put({ key: MAPPINGS_KEY, value: [saved, ...others].slice(0, MAX_MAPPINGS) });
    return saved;
  });
}
