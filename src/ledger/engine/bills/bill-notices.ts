import type { Bill, BillNotice } from '../../../shared/bills';
import { dayKeyOf } from '../../../shared/dates';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { zonedInstant } from '../../../shared/zoned-time';
import type { EngineContext } from '../context';
import { attachMessage, claimNotice } from '../inbox/inbox';
import { allSchedules, occurrenceId } from './bills';
import { postOccurrence } from './post-occurrence';
import { addDays, dueDatesBetween, earliestDate } from './schedule';

const NOTICE_WINDOW_DAYS = 31;

function notice(
  bill: Bill,
  dueDate: string,
  kind: BillNotice['kind'],
  reason?: string,
): BillNotice {
  return {
    kind,
    scheduleKind: bill.kind,
    billId: bill.id,
    billName: bill.name,
    dueDate,
    amount: bill.amount,
    currency: bill.currency,
    ...(reason ? { reason } : {}),
  };
}

/** Posts an occurrence on its own: the notice saying whether it went through, and why not. */
async function autopay(ctx: EngineContext, bill: Bill, dueDate: string): Promise<BillNotice> {
  try {
    await postOccurrence(
      ctx,
      {
        billId: bill.id,
        dueDate,
        requestId: newId(),
        timeZone: bill.timeZone,
        stepUpPassed: false,
      },
      false,
    );
    return notice(bill, dueDate, 'autopay-paid');
  } catch (thrown) {
    const code = thrown instanceof PurseError ? thrown.code : 'INTERNAL';
    return notice(bill, dueDate, 'autopay-failed', code);
  }
}

/** What a reminder says: a bill due or overdue, another kind waiting for a confirm. */
function reminderKind(bill: Bill, dueDate: string, today: string): BillNotice['kind'] {
  if (bill.kind !== 'bill') return 'waiting';
  return dueDate < today ? 'overdue' : 'reminder';
}

/**
 * What main's scheduler should tell the person now: each reminder once (N days before, at
 * the schedule's hour, or at the next start when the app was off), and for a schedule that
 * posts on its own, each post on its day — every day missed while Purse was off, once each.
 * Notices are recorded before they are returned, so none repeats after a restart, and each
 * is kept as an entry of the in-app inbox.
 */
export async function runDueBills(ctx: EngineContext, now: number): Promise<BillNotice[]> {
  const notices: BillNotice[] = [];
  const bills = (await allSchedules(ctx)).filter((bill) => !bill.archived);
  for (const bill of bills) {
    const today = dayKeyOf(now, bill.timeZone);
    const created = dayKeyOf(bill.createdAt, bill.timeZone);
    const earliest = earliestDate(bill);
    const from = created > earliest ? created : earliest;
    const dates = dueDatesBetween(bill, from, addDays(today, NOTICE_WINDOW_DAYS));
    for (const dueDate of dates) {
      if (await ctx.db.billOccurrences.get(occurrenceId(bill.id, dueDate))) continue;
      const autopayAt = zonedInstant(dueDate, bill.remindHour, bill.timeZone);
      const autopayId = `${occurrenceId(bill.id, dueDate)}|autopay`;
      if (bill.autopay) {
        if (autopayAt <= now && (await claimNotice(ctx, autopayId))) {
          const outcome = await autopay(ctx, bill, dueDate);
          // Claimed above by this run alone: its entry, once the outcome is known, is written once.
          await attachMessage(ctx, autopayId, { kind: 'bill-notice', params: outcome });
          notices.push(outcome);
        }
        // One that did not go through is told once, then waits in the list for a confirm.
        continue;
      }
      const remindAt = zonedInstant(
        addDays(dueDate, -bill.remindDaysBefore),
        bill.remindHour,
        bill.timeZone,
      );
      if (remindAt <= now) {
        // The reminder's inbox entry is written by the claim that decides it.
        const reminder = notice(bill, dueDate, reminderKind(bill, dueDate, today));
        const remindId = `${occurrenceId(bill.id, dueDate)}|remind`;
        if (await claimNotice(ctx, remindId, { kind: 'bill-notice', params: reminder }))
          notices.push(reminder);
      }
    }
  }
  return notices;
}
