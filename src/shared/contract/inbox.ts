import type { InboxList } from '../inbox';
import * as i from '../inbox';
import { read, write } from './define';

/** The in-app inbox: what Purse told the person unasked, as the ledger recorded it. */
export const inboxMethods = {
  'inbox.list': read<InboxList>()('ledger', i.inboxListInput, { needs: 'unlocked' }),
  // Only the inbox changes: its entries and the unread count in the navigation.
  'inbox.markRead': write<InboxList>()('ledger', i.inboxMarkReadInput, {
    needs: 'unlocked',
    stale: ['inbox.list'],
  }),
  // Dismissed entries leave the list and the unread count; what they told is not told again.
  'inbox.dismiss': write<InboxList>()('ledger', i.inboxDismissInput, {
    needs: 'unlocked',
    stale: ['inbox.list'],
  }),
} as const;
