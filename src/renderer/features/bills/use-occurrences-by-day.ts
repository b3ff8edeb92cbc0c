import { useMemo } from 'react';
import type { BillOccurrence } from '../../../shared/bills';
import { addDays } from './bill-dates';
import { useOccurrences } from './use-bills';

/** Occurrences by their due date key, in the order given. */
export function groupByDay(
  occurrences: readonly BillOccurrence[],
): ReadonlyMap<string, readonly BillOccurrence[]> {
  const map = new Map<string, BillOccurrence[]>();
  for (const occurrence of occurrences) {
    const list = map.get(occurrence.dueDate) ?? [];
    list.push(occurrence);
    map.set(occurrence.dueDate, list);
  }
  return map;
}

/** The occurrences a month's grid shows, by day: the month and up to a week either side. */
export function useMonthOccurrencesByDay(monthStart: string) {
  const query = useOccurrences(addDays(monthStart, -7), 7 + 42 + 7);
  const byDay = useMemo(() => groupByDay(query.data ?? []), [query.data]);
  return { query, byDay };
}
