import type { Goal, GoalProgress } from '../goals';
import * as g from '../goals';
import { noInput } from '../corrections';
import { byIdInput } from '../schemas';
import { read, write } from './define';

/** Savings goals: a target by a date on an account or an envelope in it. */
export const goalsMethods = {
  'goals.list': read<GoalProgress[]>()('ledger', noInput),
  'goals.save': write<Goal>()('ledger', g.goalsSaveInput, { stale: ['goals.list'] }),
  'goals.remove': write<null>()('ledger', byIdInput, { stale: ['goals.list'] }),
} as const;
