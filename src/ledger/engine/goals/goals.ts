import type { Account } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import {
  GOALS_MAX,
  goalProgress,
  type Goal,
  type GoalProgress,
  type GoalsSaveInput,
} from '../../../shared/goals';
import { newId } from '../../../shared/ids';
import { addMinor } from '../../../shared/money';
import { amountOn, rowsOnSide } from '../../transaction-rows';
import { audit } from '../audit';
import type { EngineContext } from '../context';
import { requireOpenAccount } from '../require';

/**
 * What has been saved toward a goal: the account's balance, or for an envelope the transfers
 * into the account that carry the goal's tag, less those out of it.
 */
async function savedToward(
  ctx: EngineContext,
  goal: Pick<Goal, 'accountId' | 'tag'>,
  account: Account,
): Promise<number> {
  if (!goal.tag) return account.balance;
  const rows = await rowsOnSide(ctx.db.transactions, account.id).toArray();
  let saved = 0;
  for (const row of rows)
    if (row.tags?.includes(goal.tag)) saved = addMinor(saved, amountOn(row, account.id));
  return saved;
}

/** Where each of `goals` stands today, soonest date first; read in the caller's transaction. */
export async function progressOf(
  ctx: EngineContext,
  goals: readonly Goal[],
): Promise<GoalProgress[]> {
  const accounts = new Map((await ctx.db.accounts.toArray()).map((a) => [a.id, a]));
  const now = ctx.clock.now();
  const progress: GoalProgress[] = [];
  for (const goal of goals) {
    const account = accounts.get(goal.accountId);
    if (!account) continue;
    progress.push(goalProgress(goal, await savedToward(ctx, goal, account), account.currency, now));
  }
  return progress.sort((a, b) => a.targetDate - b.targetDate || a.name.localeCompare(b.name));
}

/** Every goal with where it stands today, soonest date first. */
export async function listGoals(ctx: EngineContext): Promise<GoalProgress[]> {
  return ctx.db.transaction('r', [ctx.db.goals, ctx.db.accounts, ctx.db.transactions], async () =>
    progressOf(ctx, await ctx.db.goals.toArray()),
  );
}

/**
 * Sets a goal or changes one. A new goal (or one moved to another account or envelope)
 * starts from what is saved toward it now, so "on track" is measured from today.
 */
export async function saveGoal(ctx: EngineContext, input: GoalsSaveInput): Promise<Goal> {
  return ctx.db.transaction(
    'rw',
    [ctx.db.goals, ctx.db.accounts, ctx.db.transactions, ctx.db.auditLog],
    async () => {
      const now = ctx.clock.now();
      if (input.targetDate <= now)
        throw new PurseError('VALIDATION', 'Choose a date in the future.', { field: 'targetDate' });
      const account = await requireOpenAccount(ctx, input.accountId);
      const { id, ...body } = input;
      const existing = id ? await ctx.db.goals.get(id) : undefined;
      if (id && !existing) throw new PurseError('NOT_FOUND', 'That goal does not exist.', { id });
      if (!existing && (await ctx.db.goals.count()) >= GOALS_MAX)
        throw new PurseError('VALIDATION', `Purse keeps at most ${GOALS_MAX} goals.`);
      const moved = !existing || existing.accountId !== body.accountId || existing.tag !== body.tag;
      const goal: Goal = {
        ...body,
        id: existing?.id ?? newId(),
        startSaved: moved ? await savedToward(ctx, body, account) : existing.startSaved,
        startedAt: moved ? now : existing.startedAt,
      };
      await ctx.db.goals.put(goal);
      await audit(ctx, existing ? 'goal.update' : 'goal.create', goal.id);
      return goal;
    },
  );
}

export async function removeGoal(ctx: EngineContext, id: string): Promise<null> {
  return ctx.db.transaction('rw', [ctx.db.goals, ctx.db.auditLog], async () => {
    if (!(await ctx.db.goals.get(id)))
      throw new PurseError('NOT_FOUND', 'That goal does not exist.', { id });
    await ctx.db.goals.delete(id);
    await audit(ctx, 'goal.remove', id);
    return null;
  });
}
