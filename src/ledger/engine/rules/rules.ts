import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { RULES_MAX, ruleLoop, type Rule, type RulesSaveInput } from '../../../shared/rules';
import type { z } from 'zod';
import type { rulesReorderInput } from '../../../shared/rules';
import { audit } from '../audit';
import type { EngineContext } from '../context';

/** Every rule, in the order they run. */
export async function listRules(ctx: EngineContext): Promise<Rule[]> {
  const rules = await ctx.db.rules.toArray();
  return rules.sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
}

/** Refuses what a rule names that the ledger does not have (an account, a category). */
export async function checkNames(ctx: EngineContext, rule: RulesSaveInput): Promise<void> {
  const accountIds = rule.conditions.flatMap((c) => (c.field === 'account' ? c.accountIds : []));
  const categoryIds = rule.actions.flatMap((a) =>
    a.set === 'category'
      ? [a.categoryId]
      : a.set === 'split'
        ? a.lines.map((l) => l.categoryId)
        : [],
  );
  const [accounts, categories] = await Promise.all([
    ctx.db.accounts.bulkGet(accountIds),
    ctx.db.categories.bulkGet(categoryIds),
  ]);
  if (accounts.some((account) => !account))
    throw new PurseError('NOT_FOUND', 'A rule names an account that does not exist.', {
      field: 'conditions',
    });
  if (categories.some((category) => !category || category.archived))
    throw new PurseError('VALIDATION', 'A rule names a category that is not open.', {
      field: 'actions',
    });
  const kinds = new Set(categories.map((category) => category!.kind));
  if (kinds.size > 1)
    throw new PurseError(
      'VALIDATION',
      'A rule sets categories of one kind: spending or income, not both.',
      { field: 'actions' },
    );
}

/** Refuses an order in which a rule's result would make an earlier rule match. */
export function assertNoLoop(rules: readonly Rule[]): void {
  const loop = ruleLoop(rules);
  if (loop)
    throw new PurseError(
      'VALIDATION',
      `"${loop.rule}" sets what "${loop.earlier}" looks for, which runs before it: put "${loop.rule}" first, or change one of them.`,
      { field: 'conditions', rule: loop.rule, earlier: loop.earlier },
    );
}

/** Creates a rule (last in the order) or changes one. */
export async function saveRule(ctx: EngineContext, input: RulesSaveInput): Promise<Rule> {
  return ctx.db.transaction(
    'rw',
    [ctx.db.rules, ctx.db.accounts, ctx.db.categories, ctx.db.auditLog],
    async () => {
      await checkNames(ctx, input);
      const rules = await listRules(ctx);
      const now = ctx.clock.now();
      const { id, ...body } = input;
      const existing = id ? rules.find((rule) => rule.id === id) : undefined;
      if (id && !existing) throw new PurseError('NOT_FOUND', 'That rule does not exist.', { id });
      if (!existing && rules.length >= RULES_MAX)
        throw new PurseError('VALIDATION', `Purse keeps at most ${RULES_MAX} rules.`);
      const rule: Rule = existing
        ? { ...existing, ...body, updatedAt: now }
        : {
            ...body,
            id: newId(),
            order: (rules.at(-1)?.order ?? 0) + 1,
            createdAt: now,
            updatedAt: now,
          };
      assertNoLoop(existing ? rules.map((r) => (r.id === rule.id ? rule : r)) : [...rules, rule]);
      await ctx.db.rules.put(rule);
      await audit(ctx, existing ? 'rule.update' : 'rule.create', rule.id);
      return rule;
    },
  );
}

export async function removeRule(ctx: EngineContext, id: string): Promise<null> {
  return ctx.db.transaction('rw', [ctx.db.rules, ctx.db.auditLog], async () => {
    if (!(await ctx.db.rules.get(id)))
      throw new PurseError('NOT_FOUND', 'That rule does not exist.', { id });
    await ctx.db.rules.delete(id);
    await audit(ctx, 'rule.remove', id);
    return null;
  });
}

/** Puts the rules in the order given (every rule, each once). */
export async function reorderRules(
  ctx: EngineContext,
  input: z.output<typeof rulesReorderInput>,
): Promise<Rule[]> {
  return ctx.db.transaction('rw', [ctx.db.rules, ctx.db.auditLog], async () => {
    const rules = await listRules(ctx);
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    if (
      input.ids.length !== rules.length ||
      new Set(input.ids).size !== input.ids.length ||
      input.ids.some((id) => !byId.has(id))
    )
      throw new PurseError('VALIDATION', 'Give every rule once, in the new order.', {
        field: 'ids',
      });
    const ordered = input.ids.map((id, index) => ({ ...byId.get(id)!, order: index + 1 }));
    assertNoLoop(ordered);
    await ctx.db.rules.bulkPut(ordered);
    await audit(ctx, 'rule.reorder', undefined, { count: ordered.length });
    return ordered;
  });
}
