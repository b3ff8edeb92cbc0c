import { monthKeyOf } from '../../../shared/dates';
import type { GoalAlert } from '../../../shared/goals';
import type { EngineContext } from '../context';
import { claimNotice } from '../inbox/inbox';
import { progressOf } from './goals';

/**
 * The goals behind their plan at `now`: each told once per goal and month, while it stays
 * behind, in the inbox and (by the caller) as an OS notification. The claim writes the inbox
 * entry, so two passes at once tell it once.
 */
export async function newGoalAlerts(ctx: EngineContext, now: number): Promise<GoalAlert[]> {
  const month = monthKeyOf(now, ctx.timeZone);
  const noticeId = (goalId: string) => `goal|${goalId}|${month}`;
  // The scheduler asks every minute: goals already told of this month are not added up again.
  const untold = await ctx.db.transaction(
    'r',
    [ctx.db.goals, ctx.db.billNotices, ctx.db.accounts, ctx.db.transactions],
    async () => {
      const goals = await ctx.db.goals.toArray();
      const told = await ctx.db.billNotices.bulkGet(goals.map((goal) => noticeId(goal.id)));
      return progressOf(
        ctx,
        goals.filter((_, index) => !told[index]),
      );
    },
  );
  const alerts: GoalAlert[] = [];
  for (const goal of untold) {
    if (goal.state !== 'behind') continue;
    const alert: GoalAlert = {
      goalId: goal.id,
      name: goal.name,
      month,
      saved: goal.saved,
      expectedByNow: goal.expectedByNow,
      monthlyNeeded: goal.monthlyNeeded,
      currency: goal.currency,
    };
    if (await claimNotice(ctx, noticeId(goal.id), { kind: 'goal-behind', params: alert }))
      alerts.push(alert);
  }
  return alerts;
}
