import type { ParsedInput } from '../../../shared/contract';
import {
  inboxMessageSchema,
  type InboxEntry,
  type InboxList,
  type InboxMessage,
} from '../../../shared/inbox';
import type { BillNoticeRow } from '../../db';
import type { EngineContext } from '../context';

/**
 * Claims a notice id: true the first time, false ever after (by this run or one before a
 * restart). With a message, the inbox entry is written in the same transaction that decides
 * the claim, so notices decided together still give exactly one entry each.
 */
export function claimNotice(
  ctx: EngineContext,
  id: string,
  message?: InboxMessage,
): Promise<boolean> {
  return ctx.db.transaction('rw', [ctx.db.billNotices], async () => {
    if (await ctx.db.billNotices.get(id)) return false;
    await ctx.db.billNotices.add({
      id,
      at: ctx.clock.now(),
      ...(message ? { inbox: message } : {}),
    });
    return true;
  });
}

/**
 * Puts the message on a notice this run has already claimed (an autopay attempt, whose
 * outcome is known only after the claim): the claim is ours alone, so it is written once.
 */
export function attachMessage(
  ctx: EngineContext,
  id: string,
  message: InboxMessage,
): Promise<void> {
  return ctx.db.transaction('rw', [ctx.db.billNotices], async () => {
    const row = await ctx.db.billNotices.get(id);
    if (!row || row.inbox) return;
    await ctx.db.billNotices.put({ ...row, inbox: message });
  });
}

function entryOf(row: BillNoticeRow): InboxEntry | undefined {
  const parsed = inboxMessageSchema.safeParse(row.inbox);
  if (!parsed.success) return undefined;
  return {
    ...(parsed.data as InboxMessage),
    id: row.id,
    at: row.at,
    read: row.readAt !== undefined,
  };
}

async function allEntries(ctx: EngineContext): Promise<InboxEntry[]> {
  const rows = await ctx.db.billNotices.toArray();
  return rows
    .filter((row) => row.inbox !== undefined && row.dismissedAt === undefined)
    .map(entryOf)
    .filter((entry): entry is InboxEntry => entry !== undefined)
    .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
}

/** The inbox, newest first, with how many entries are unread. */
export async function listInbox(
  ctx: EngineContext,
  input: ParsedInput<'inbox.list'>,
): Promise<InboxList> {
  const entries = await allEntries(ctx);
  return {
    entries: input?.limit === undefined ? entries : entries.slice(0, input.limit),
    unread: entries.filter((entry) => !entry.read).length,
  };
}

/** Marks the given entries (or all) read; ids that are not entries, or already read, are left. */
export function markInboxRead(
  ctx: EngineContext,
  input: ParsedInput<'inbox.markRead'>,
): Promise<InboxList> {
  return ctx.db.transaction('rw', [ctx.db.billNotices], async () => {
    const rows =
      'all' in input
        ? await ctx.db.billNotices.toArray()
        : (await ctx.db.billNotices.bulkGet([...new Set(input.ids)])).filter(
            (row): row is BillNoticeRow => row !== undefined,
          );
    const now = ctx.clock.now();
    const unread = rows.filter((row) => row.inbox !== undefined && row.readAt === undefined);
    if (unread.length > 0)
      await ctx.db.billNotices.bulkPut(unread.map((row) => ({ ...row, readAt: now })));
    return listInbox(ctx, undefined);
  });
}

/** Dismisses the given entries: gone from the list for good; other ids are left. */
export function dismissInbox(
  ctx: EngineContext,
  input: ParsedInput<'inbox.dismiss'>,
): Promise<InboxList> {
  return ctx.db.transaction('rw', [ctx.db.billNotices], async () => {
    const rows = (await ctx.db.billNotices.bulkGet([...new Set(input.ids)])).filter(
      (row): row is BillNoticeRow =>
        row !== undefined && row.inbox !== undefined && row.dismissedAt === undefined,
    );
    const now = ctx.clock.now();
    if (rows.length > 0)
      await ctx.db.billNotices.bulkPut(
        rows.map((row) => ({ ...row, dismissedAt: now, readAt: row.readAt ?? now })),
      );
    return listInbox(ctx, undefined);
  });
}
