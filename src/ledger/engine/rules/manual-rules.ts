import { applyRules } from '../../../shared/rules';
import type { EngineContext } from '../context';
import { listRules } from './rules';

/** What is typed in and a rule may add to. */
export interface TypedEntry {
  readonly kind: 'income' | 'expense';
  readonly amount: number;
  readonly accountId: string;
  readonly counterpartyId?: string;
  readonly memo?: string;
  readonly tags?: readonly string[];
  /** The payee as a rule sees it when there is no counterparty (a schedule's name). */
  readonly payee?: string;
  /** A schedule's post; typed by hand when absent. */
  readonly source?: 'recurring';
}

/**
 * The rules as they run on what the person types (source `manual`) or a schedule posts
 * (`recurring`, whose category the person chose when making it): what the person chose
 * wins, so a rule adds its tags and gives a memo only when none was typed; the category (or
 * split) chosen in the form stays. Read in the caller's transaction.
 */
export async function rulesOnTyped(
  ctx: EngineContext,
  entry: TypedEntry,
): Promise<{ readonly tags?: readonly string[]; readonly memo?: string }> {
  const rules = await listRules(ctx);
  if (!rules.some((rule) => rule.enabled)) return {};
  const payee = entry.counterpartyId
    ? (await ctx.db.counterparties.get(entry.counterpartyId))?.name
    : entry.payee;
  const effect = applyRules(rules, {
    kind: entry.kind,
    amount: entry.amount,
    accountId: entry.accountId,
    ...(payee ? { payee } : {}),
    ...(entry.memo ? { memo: entry.memo } : {}),
    source: entry.source ?? 'manual',
  });
  const tags = effect.tags
    ? [...new Set([...(entry.tags ?? []), ...effect.tags])].slice(0, 10)
    : undefined;
  return {
    ...(tags && tags.length !== (entry.tags ?? []).length ? { tags } : {}),
    ...(effect.memo && !entry.memo ? { memo: effect.memo } : {}),
  };
}
