import { usePurseQuery } from '../../api/use-purse-query';

/**
 * How often the inbox asks the ledger for new entries. Budget alerts are written after the
 * payment that caused them has answered, and reminders by the scheduler, so no write of the
 * UI's own can say when they arrive: the inbox looks again every few seconds.
 */
export const INBOX_POLL_MS = 5_000;

/** The inbox, newest first, and its unread count: one query for the page and the badge. */
export function useInbox() {
  return usePurseQuery('inbox.list', undefined, { refetchInterval: INBOX_POLL_MS });
}
