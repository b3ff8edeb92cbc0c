import type { z } from 'zod';
import type { Bill, BillNotice, billsPayInput } from '../../../shared/bills';
import { dayKeyOf } from '../../../shared/dates';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { MoneyResult } from '../../../shared/payments';
import { zonedInstant } from '../../../shared/zoned-time';
import type { EngineContext } from '../context';
import { attachMessage, claimNotice } from '../inbox/inbox';
import { commitPayment } from '../money/commit-money';
import { assertOccurrence, markPaid, occurrenceId } from './bills';
import { addDays, dueDatesBetween } from './schedule';

/** Pays one occurrence of a bill through the payment path, marking it paid in the same transaction. */
export function payBill(
  ctx: EngineContext,
  input: z.output<typeof billsPayInput> & { stepUpPassed: boolean },
): Promise<MoneyResult> {
  let bill: Bill | undefined;
  return ctx.db.bills.get(input.billId).then((found) => {
    if (!found)
      throw new PurseError('NOT_FOUND', 'That bill does not exist.', { id: input.billId });
    return commitPayment(
      ctx,
      {
        requestId: input.requestId,
        accountId: found.payFromAccountId,
        merchant: { id: found.billerId },
        amount: input.amount ?? found.amount,
        categoryId: found.categoryId,
        promotion: 'none',
        memo: `${found.name} · ${input.dueDate}`,
        timeZone: input.timeZone,
        stepUpPassed: input.stepUpPassed,
      },
      {
        before: async () => {
          bill = await assertOccurrence(ctx, input.billId, input.dueDate);
        },
        after: (transaction) => markPaid(ctx, bill!, input.dueDate, transaction),
      },
    );
  });
}

const NOTICE_WINDOW_DAYS = 31;

function notice(
  bill: Bill,
  dueDate: string,
  kind: BillNotice['kind'],
  reason?: string,
): BillNotice {
  return {
    kind,
    billId: bill.id,
    billName: bill.name,
    dueDate,
    amount: bill.amount,
    currency: bill.currency,
    ...(reason ? { reason } : {}),
  };
}

/** Pays an occurrence by autopay: the notice saying whether it went through, and why not. */
async function autopay(ctx: EngineContext, bill: Bill, dueDate: string): Promise<BillNotice> {
  try {
    await payBill(ctx, {
      billId: bill.id,
      dueDate,
      requestId: newId(),
      timeZone: bill.timeZone,
      stepUpPassed: false,
    });
    return notice(bill, dueDate, 'autopay-paid');
  } catch (thrown) {
    const code = thrown instanceof PurseError ? thrown.code : 'INTERNAL';
    return notice(bill, dueDate, 'autopay-failed', code);
  }
}

/**
 * What main's scheduler should tell the person now: each reminder once (N days before, at
 * the bill's hour, or at the next start when the app was off), and each autopay attempt on
 * the due day. Notices are recorded before they are returned, so none repeats after a restart,
 * and each is kept as an entry of the in-app inbox.
 */
export async function runDueBills(ctx: EngineContext, now: number): Promise<BillNotice[]> {
  const notices: BillNotice[] = [];
  const bills = (await ctx.db.bills.toArray()).filter((bill) => !bill.archived);
  for (const bill of bills) {
    const today = dayKeyOf(now, bill.timeZone);
    const created = dayKeyOf(bill.createdAt, bill.timeZone);
    const from = created > bill.firstDue ? created : bill.firstDue;
    const dates = dueDatesBetween(bill, from, addDays(today, NOTICE_WINDOW_DAYS));
    for (const dueDate of dates) {
      if (await ctx.db.billOccurrences.get(occurrenceId(bill.id, dueDate))) continue;
      const remindAt = zonedInstant(
        addDays(dueDate, -bill.remindDaysBefore),
        bill.remindHour,
        bill.timeZone,
      );
      if (remindAt <= now) {
        // The reminder's inbox entry is written by the claim that decides it.
        const reminder = notice(bill, dueDate, dueDate < today ? 'overdue' : 'reminder');
        const remindId = `${occurrenceId(bill.id, dueDate)}|remind`;
        if (await claimNotice(ctx, remindId, { kind: 'bill-notice', params: reminder }))
          notices.push(reminder);
      }
      const autopayAt = zonedInstant(dueDate, bill.remindHour, bill.timeZone);
      const autopayId = `${occurrenceId(bill.id, dueDate)}|autopay`;
      if (bill.autopay && autopayAt <= now && (await claimNotice(ctx, autopayId))) {
        const outcome = await autopay(ctx, bill, dueDate);
        // Claimed above by this run alone: its entry, once the outcome is known, is written once.
        await attachMessage(ctx, autopayId, { kind: 'bill-notice', params: outcome });
        notices.push(outcome);
      }
    }
  }
  return notices;
}
