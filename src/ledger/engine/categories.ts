import type { ParsedInput } from '../../shared/contract';
import type { Category } from '../../shared/domain';
import { PurseError } from '../../shared/errors';
import { newId } from '../../shared/ids';
import type { Table } from 'dexie';
import { writeLogged } from './audit';
import type { EngineContext } from './context';
import { DEFAULT_CATEGORIES } from './default-categories';
import { requireCategory } from './require';
import { inUse, ofKind } from './listing';

/** Adds the built-in bilingual categories to a new ledger. */
export async function seedDefaultCategories(
  table: Table<Category, string>,
  now: number,
): Promise<void> {
  await table.bulkAdd(
    DEFAULT_CATEGORIES.map((category) => ({
      id: newId(),
      kind: category.kind,
      name: category.name,
      builtin: category.builtin,
      icon: category.icon,
      archived: false,
      createdAt: now,
    })),
  );
}

export async function listCategories(
  ctx: EngineContext,
  input: ParsedInput<'categories.list'>,
): Promise<Category[]> {
  const all = await ofKind<Category>(ctx.db.categories, input?.kind);
  return inUse(all, input?.includeArchived, (category) => category.createdAt);
}

async function assertNameFree(
  ctx: EngineContext,
  kind: Category['kind'],
  name: string,
  except?: string,
) {
  const lower = name.toLocaleLowerCase();
  const clash = await ctx.db.categories
    .where('kind')
    .equals(kind)
    .filter(
      (category) =>
        category.id !== except &&
        !category.archived &&
        (category.name.en.toLocaleLowerCase() === lower || category.name.zh === name),
    )
    .first();
  if (clash)
    throw new PurseError('CONFLICT', `A category named "${name}" already exists.`, { name });
}

export async function createCategory(
  ctx: EngineContext,
  input: ParsedInput<'categories.create'>,
): Promise<Category> {
  return ctx.db.transaction('rw', [ctx.db.categories, ctx.db.auditLog], async () => {
    await assertNameFree(ctx, input.kind, input.name);
    const category: Category = {
      id: newId(),
      kind: input.kind,
      name: { en: input.name, zh: input.name },
      archived: false,
      createdAt: ctx.clock.now(),
    };
    return writeLogged(ctx, ctx.db.categories, 'add', category, 'category.create');
  });
}

export async function updateCategory(
  ctx: EngineContext,
  input: ParsedInput<'categories.update'>,
): Promise<Category> {
  return ctx.db.transaction('rw', [ctx.db.categories, ctx.db.auditLog], async () => {
    const category = await requireCategory(ctx, input.id);
    await assertNameFree(ctx, category.kind, input.name.en, category.id);
    await assertNameFree(ctx, category.kind, input.name.zh, category.id);
    const updated: Category = { ...category, name: input.name };
    return writeLogged(ctx, ctx.db.categories, 'put', updated, 'category.update');
  });
}
