import { useEffect, useState } from 'react';
import { usePurseQuery } from '../../api/use-purse-query';
import { listWindow, todayKey } from './bill-dates';

/** Reminders and autopay run in the background (main, or the dev:web page): look again often. */
const REFRESH_MS = 60_000;

/** Today's date where the person is; changes at midnight while the screen stays open. */
export function useToday(): string {
  const [today, setToday] = useState(() => todayKey());
  useEffect(() => {
    const timer = window.setInterval(() => setToday(todayKey()), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}

/** Every bill, archived ones too (a reminder may point at one); the screens filter. */
export function useBills() {
  return usePurseQuery('bills.list', { includeArchived: true }, { refetchInterval: REFRESH_MS });
}

/** Occurrences of every active bill from `from`, for `days` days. */
export function useOccurrences(from: string, days: number, enabled = true) {
  return usePurseQuery('bills.upcoming', { from, days }, { refetchInterval: REFRESH_MS, enabled });
}

/** The Bills screen's window: a year back (overdue) to 30 days ahead (upcoming). */
export function useListOccurrences(today: string) {
  const { from, days } = listWindow(today);
  return useOccurrences(from, days);
}
