import type { LimitSet } from './payments';

export const LIMIT_KINDS = ['perPayment', 'daily', 'yearly'] as const;

/** The person's own caps in major units; a missing one means the tier's limit applies. */
export type OwnLimits = Partial<Record<keyof LimitSet, number>>;
/** A change to them: a number sets a cap, `null` lifts it, a missing key keeps it. */
export type OwnLimitsChange = Partial<Record<keyof LimitSet, number | null>>;

export function applyOwnLimits(current: OwnLimits, change: OwnLimitsChange): OwnLimits {
  const next: OwnLimits = { ...current };
  for (const key of LIMIT_KINDS) {
    const value = change[key];
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next;
}

/** Whether more could be spent after: a cap went up or was lifted (adding one never does). */
export function raisesOwnLimits(current: OwnLimits, next: OwnLimits): boolean {
  return LIMIT_KINDS.some((key) => {
    const before = current[key];
    const after = next[key];
    return before !== undefined && (after === undefined || after > before);
  });
}
