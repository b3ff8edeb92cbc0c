import { z } from 'zod';
import type { CurrencyCode } from './currencies';
import { idSchema, instantSchema, nameSchema, positiveMinorSchema, tagSchema } from './schemas';

/**
 * A savings goal: a target amount by a date, on one of the person's accounts. The whole
 * account counts toward it, or only an envelope inside it: the transfers into the account
 * that carry the goal's tag, less those out of it. Contributions are ordinary transfers.
 */
export interface Goal {
  readonly id: string;
  readonly name: string;
  readonly accountId: string;
  readonly target: number;
  /** The end of the day it should be reached by (an instant). */
  readonly targetDate: number;
  /** An envelope: only transfers carrying this tag count. Absent: the account's balance. */
  readonly tag?: string;
  /** What had been saved toward it when it was set, and when: where "on track" starts. */
  readonly startSaved: number;
  readonly startedAt: number;
}

export const GOALS_MAX = 50;

export const goalsSaveInput = z.strictObject({
  id: idSchema.optional(),
  name: nameSchema,
  accountId: idSchema,
  target: positiveMinorSchema,
  targetDate: instantSchema,
  tag: tagSchema.optional(),
});
export type GoalsSaveInput = z.output<typeof goalsSaveInput>;

export type GoalState = 'reached' | 'on-track' | 'behind' | 'past-date';

/** A goal that fell behind its plan: told once a month while it stays behind. */
export interface GoalAlert {
  readonly goalId: string;
  readonly name: string;
  readonly month: string;
  readonly saved: number;
  readonly expectedByNow: number;
  readonly monthlyNeeded: number;
  readonly currency: CurrencyCode;
}

export const goalsAlertsInput = z.strictObject({ now: instantSchema });

/** A goal with where it stands today. */
export interface GoalProgress extends Goal {
  readonly currency: CurrencyCode;
  readonly saved: number;
  /** What is left to save (0 once reached). */
  readonly remaining: number;
  /** Whole months left to the date (at least 1 while it is ahead): the monthly savings to come. */
  readonly monthsLeft: number;
  /** What to save each month from now to reach it on the date. */
  readonly monthlyNeeded: number;
  /** What should be saved by today on a straight line from the start to the target. */
  readonly expectedByNow: number;
  readonly state: GoalState;
  /** Saved as a share of the target, in whole percent (at most 100). */
  readonly percent: number;
}

const MONTH_MS = (365.2425 / 12) * 86_400_000;

/**
 * Where a goal stands at `now` with `saved` toward it: what is left, the months to its date,
 * what to save a month (rounded up to the minor unit, so saving it reaches the target), where a
 * straight line from the start says it should be, and whether it is reached, on track,
 * behind that line, or past its date.
 */
export function goalProgress(
  goal: Goal,
  saved: number,
  currency: CurrencyCode,
  now: number,
): GoalProgress {
  const remaining = Math.max(0, goal.target - saved);
  const monthsLeft =
    now >= goal.targetDate ? 0 : Math.max(1, Math.floor((goal.targetDate - now) / MONTH_MS));
  const monthlyNeeded =
    remaining === 0 ? 0 : monthsLeft === 0 ? remaining : Math.ceil(remaining / monthsLeft);
  const span = Math.max(1, goal.targetDate - goal.startedAt);
  const elapsed = Math.min(1, Math.max(0, (now - goal.startedAt) / span));
  const expectedByNow = Math.round(goal.startSaved + (goal.target - goal.startSaved) * elapsed);
  const state: GoalState =
    remaining === 0
      ? 'reached'
      : now >= goal.targetDate
        ? 'past-date'
        : saved < expectedByNow
          ? 'behind'
          : 'on-track';
  const percent = Math.min(100, Math.max(0, Math.floor((saved / goal.target) * 100)));
  return {
    ...goal,
    currency,
    saved,
    remaining,
    monthsLeft,
    monthlyNeeded,
    expectedByNow,
    state,
    percent,
  };
}
