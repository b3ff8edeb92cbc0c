import dayjs from 'dayjs';

/** The periods a rule is previewed and applied on, as `{ from, to }` instants. */
export const RULE_PERIODS = ['lastYear', 'thisYear', 'allTime'] as const;
export type RulePeriod = (typeof RULE_PERIODS)[number];

export function periodOf(period: RulePeriod): { from?: number; to?: number } {
  switch (period) {
    case 'lastYear':
      return lastYear();
    case 'thisYear':
      return { from: dayjs().startOf('year').valueOf() };
    case 'allTime':
      return {};
  }
}

/** The twelve months up to now. */
export function lastYear(): { from: number } {
  return { from: dayjs().subtract(12, 'month').startOf('day').valueOf() };
}
