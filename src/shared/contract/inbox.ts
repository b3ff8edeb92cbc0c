import type { InboxList } from '../inbox';
import * as i from '../inbox';
import { read, write } from './define';

/** The in-app inbox: budget alerts and bill reminders, as the ledger recorded them. */
export const inboxMethods = {
  'inbox.list': read<InboxList>()('ledger', i.inboxListInput, { needs: 'unlocked' }),
  // Only the inbox changes: its entries and the unread count in the navigation.
  'inbox.markRead': write<InboxList>()('ledger', i.inboxMarkReadInput, {
    needs: 'unlocked',
    stale: ['inbox.list'],
  }),
} as const;
