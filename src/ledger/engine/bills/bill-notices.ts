import type { z } from 'zod';
import type { Bill, BillNotice, billsPayInput } from '../../../shared/bills';
import { dayKeyOf } from '../../../shared/dates';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type { MoneyResult } from '../../../shared/payments';
import { zonedInstant } from '../../../shared/zoned-time';
import type { EngineContext } from '../context';
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

/** Claims a notice id; false when it was already sent (by this run or one before a restart). */
async function claim(ctx: EngineContext, id: string): Promise<boolean> {
  return ctx.db.transaction('rw', [ctx.db.billNotices], async () => {
    if (await ctx.db.billNotices.get(id)) return false;
    await ctx.db.billNotices.add({ id, at: ctx.clock.now() });
    return true;
  });
}

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

/**
 * What main's scheduler should tell the person now: each reminder once (N days before, at
 * the bill's hour, or at the next start when the app was off), and each autopay attempt on
 * the due day. Notices are recorded before they are returned, so none repeats after a restart.
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
      if (remindAt <= now && (await claim(ctx, `${occurrenceId(bill.id, dueDate)}|remind`))) {
        notices.push(notice(bill, dueDate, dueDate < today ? 'overdue' : 'reminder'));
      }
      const autopayAt = zonedInstant(dueDate, bill.remindHour, bill.timeZone);
      if (
        bill.autopay &&
        autopayAt <= now &&
        (await claim(ctx, `${occurrenceId(bill.id, dueDate)}|autopay`))
      ) {
        try {
          await payBill(ctx, {
            billId: bill.id,
            dueDate,
            requestId: newId(),
            timeZone: bill.timeZone,
            stepUpPassed: false,
          });
          notices.push(notice(bill, dueDate, 'autopay-paid'));
        } catch (thrown) {
          const code = thrown instanceof PurseError ? thrown.code : 'INTERNAL';
          notices.push(notice(bill, dueDate, 'autopay-failed', code));
        }
      }
    }
  }
  return notices;
}
