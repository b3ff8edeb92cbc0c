import type { BillOccurrence } from '../../../shared/bills';
import type { PurseError } from '../../../shared/errors';
import { useListOccurrences, useOccurrences } from './use-bills';

/** How many future dates the detail lists. */
const COMING = 6;
/** How far ahead the detail looks for the next open date and those after it. */
const AHEAD_DAYS = 400;

export interface DatesAhead {
  /** The overdue dates, then the next open one. */
  readonly toPay: readonly BillOccurrence[];
  /** The dates after the next open one. */
  readonly later: readonly BillOccurrence[];
}

/**
 * One bill's dates still to deal with. The next open date is to pay; the dates after it follow.
 * Dates paid or skipped ahead of time show in the history, not here.
 */
export function datesAheadOf(
  billId: string,
  recent: readonly BillOccurrence[],
  coming: readonly BillOccurrence[],
): DatesAhead {
  const overdue = recent.filter((o) => o.billId === billId && o.status === 'overdue');
  const future = coming.filter((o) => o.billId === billId);
  const next = future.find((o) => o.status === 'due' || o.status === 'upcoming');
  return {
    toPay: next ? [...overdue, next] : overdue,
    later: next ? future.filter((o) => o.dueDate > next.dueDate).slice(0, COMING) : [],
  };
}

/** The bill's dates to pay and those coming, as read from the ledger (nothing ahead once archived). */
export function useBillDatesAhead(
  bill: { readonly id: string; readonly archived: boolean },
  today: string,
): DatesAhead & {
  readonly loading: boolean;
  readonly failed: PurseError | null;
  readonly retry: () => void;
} {
  const recent = useListOccurrences(today);
  const coming = useOccurrences(today, AHEAD_DAYS, !bill.archived);
  return {
    ...datesAheadOf(bill.id, recent.data ?? [], coming.data ?? []),
    loading: recent.isPending || (coming.isPending && !bill.archived),
    failed: recent.error ?? coming.error,
    retry: () => {
      void recent.refetch();
      void coming.refetch();
    },
  };
}
