import { systemTimeZone } from '../../../shared/dates';
import { usePurseQuery } from '../../api/use-purse-query';

/** Home's summary; "this month" is the month in the person's own time zone. */
export function useDashboard() {
  return usePurseQuery('dashboard.summary', { timeZone: systemTimeZone() });
}
