import { monthKeyOf } from '../../../shared/dates';
import type { GoalAlert } from '../../../shared/goals';
import type { EngineContext } from '../context';
import { claimNotice } from '../inbox/inbox';
import { listGoals } from './goals';

/**
 * The goals behind their plan at `now`: each told once per goal and month, while it stays
 * behind, in the inbox and (by the caller) as an OS notification. The claim writes the inbox
 * entry, so two passes at once tell it once.
 */
export async function newGoalAlerts(ctx: EngineContext, now: number): Promise<GoalAlert[]> {
  const month = monthKeyOf(now, ctx.timeZone);
  const alerts: GoalAlert[] = [];
  for (const goal of await listGoals(ctx)) {
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
    if (await claimNotice(ctx, `goal|${goal.id}|${month}`, { kind: 'goal-behind', params: alert }))
      alerts.push(alert);
  }
  return alerts;
}
