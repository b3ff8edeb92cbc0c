import type { Transaction } from '../../../shared/domain';
import type { RuleProposal } from '../../../shared/rules';
import type { EngineContext } from '../context';
import { nameKey } from '../import/categoriser';
import { listRules } from './rules';

const COUNTS_KEY = 'rules.recategorised';
/** Payee and category pairs remembered at most: the oldest are forgotten first. */
const KEEP = 500;

/**
 * Counts a change of category on a transaction with a payee. The second time the person moves
 * one of that payee's transactions to the same category, and no rule already looks at that
 * payee, Purse proposes a rule for it. Runs in the edit's own transaction.
 */
export async function noteRecategorised(
  ctx: EngineContext,
  before: Transaction,
  after: Transaction,
): Promise<RuleProposal | undefined> {
  const categoryId = after.categoryId;
  if (!categoryId || categoryId === before.categoryId || !after.counterpartyId) return undefined;
  const row = await ctx.db.meta.get(COUNTS_KEY);
  const counts = { ...((row?.value as Record<string, number> | undefined) ?? {}) };
  const key = `${after.counterpartyId}|${categoryId}`;
  const count = (counts[key] ?? 0) + 1;
  delete counts[key];
  counts[key] = count;
  const keys = Object.keys(counts);
  for (const old of keys.slice(0, Math.max(0, keys.length - KEEP))) delete counts[old];
  await ctx.db.meta.put({ key: COUNTS_KEY, value: counts });
  if (count < 2) return undefined;
  const payee = (await ctx.db.counterparties.get(after.counterpartyId))?.name;
  if (!payee) return undefined;
  const rules = await listRules(ctx);
  const covered = rules.some((rule) =>
    rule.conditions.some(
      (c) => c.field === 'payee' && c.values.some((value) => nameKey(value) === nameKey(payee)),
    ),
  );
  return covered ? undefined : { payee, categoryId };
}
