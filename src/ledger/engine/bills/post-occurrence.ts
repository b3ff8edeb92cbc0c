import type { z } from 'zod';
import { POSTS_ON_ITS_OWN, type Bill, type billsCommitInput } from '../../../shared/bills';
import type { Transaction } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import type { MoneyResult } from '../../../shared/payments';
import { zonedInstant } from '../../../shared/zoned-time';
import { moneyTables, type EngineContext } from '../context';
import { commitPayment, commitTransfer } from '../money/commit-money';
import { recordTransaction } from '../transactions';
import { assertOccurrence, markPaid, requireBill } from './bills';

type PostInput = z.output<typeof billsCommitInput>;

const NO_RISK = { outcome: 'allow', reasons: [] } as const;

/** What the occurrence's transaction says: the schedule's name and the day it was due. */
const memoOf = (bill: Bill, dueDate: string) => `${bill.name} · ${dueDate}`;

/**
 * Records an occurrence that only records money or moves it between own accounts: on its
 * due day at the schedule's hour (a missed day keeps its own date), or now when posted early.
 */
function recordOccurrence(ctx: EngineContext, bill: Bill, input: PostInput): Promise<MoneyResult> {
  return ctx.db.transaction('rw', moneyTables(ctx.db), async () => {
    await assertOccurrence(ctx, bill.id, input.dueDate);
    const now = ctx.clock.now();
    const occurredAt = Math.min(now, zonedInstant(input.dueDate, bill.remindHour, bill.timeZone));
    const common = {
      accountId: bill.payFromAccountId,
      amount: input.amount ?? bill.amount,
      occurredAt,
      timeZone: bill.timeZone,
      memo: memoOf(bill, input.dueDate),
    };
    const detail = await recordTransaction(
      ctx,
      bill.kind === 'transfer'
        ? { ...common, kind: 'transfer', toAccountId: bill.toAccountId! }
        : {
            ...common,
            kind: bill.kind === 'income' ? 'income' : 'expense',
            categoryId: bill.categoryId!,
          },
      'recurring',
    );
    await markPaid(ctx, bill, input.dueDate, detail.transaction);
    return { ...detail, risk: NO_RISK };
  });
}

/**
 * Posts one occurrence of a schedule through the path its kind always takes, marking it
 * done in the same transaction: a bill is a payment to its biller, money to a contact a
 * transfer (both confirmed with the PIN, with limits and risk rules), income, an expense or
 * a move between own accounts a recorded transaction. `byPin` says the gateway checked the
 * PIN; without it, only the kinds that may post on their own are posted.
 */
export async function postOccurrence(
  ctx: EngineContext,
  input: PostInput,
  byPin: boolean,
): Promise<MoneyResult> {
  const bill = await requireBill(ctx, input.billId);
  if (!byPin && !POSTS_ON_ITS_OWN.has(bill.kind))
    throw new PurseError('PIN_REQUIRED', 'Confirm this payment with your PIN.');
  const hooks = {
    before: async () => {
      await assertOccurrence(ctx, bill.id, input.dueDate);
    },
    after: (transaction: Transaction) => markPaid(ctx, bill, input.dueDate, transaction),
  };
  // What a payment and a transfer to a contact are both asked.
  const movement = {
    requestId: input.requestId,
    accountId: bill.payFromAccountId,
    amount: input.amount ?? bill.amount,
    memo: memoOf(bill, input.dueDate),
    timeZone: input.timeZone,
    stepUpPassed: input.stepUpPassed,
  };
  switch (bill.kind) {
    case 'bill':
      return commitPayment(
        ctx,
        {
          ...movement,
          merchant: { id: bill.billerId! },
          ...(bill.categoryId ? { categoryId: bill.categoryId } : {}),
          promotion: 'none',
        },
        hooks,
      );
    case 'contact':
      return commitTransfer(ctx, { ...movement, to: { contactId: bill.contactId! } }, hooks);
    default:
      return recordOccurrence(ctx, bill, input);
  }
}
