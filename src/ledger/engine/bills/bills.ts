import type { z } from 'zod';
import type {
  Bill,
  BillOccurrence,
  BillView,
  billsCreateInput,
  billsHistoryInput,
  billsListInput,
  billsOccurrenceInput,
  billsUpcomingInput,
  billsUpdateInput,
  OccurrenceStatus,
} from '../../../shared/bills';
import { POSTS_ON_ITS_OWN, scheduleOfRow } from '../../../shared/bills';
import type { BillHistory } from '../../../shared/contract';
import { dayKeyOf } from '../../../shared/dates';
import type { Transaction } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import { zonedInstant } from '../../../shared/zoned-time';
import type { BillOccurrenceRow } from '../../db';
import { audit, writeLogged } from '../audit';
import type { EngineContext } from '../context';
import { requireCategory, requireOpenAccount } from '../require';
import { addDays, dueDatesBetween, earliestDate, nextDueDate } from './schedule';
import { foundTransactions } from '../../transaction-rows';

type BillInput = z.output<typeof billsCreateInput>;

export function occurrenceId(billId: string, dueDate: string): string {
  return `${billId}|${dueDate}`;
}

/** Where an occurrence stands today: acted on (paid, skipped), or by date. */
function statusOf(
  dueDate: string,
  today: string,
  row: BillOccurrenceRow | undefined,
): OccurrenceStatus {
  if (row) return row.status;
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'due';
  return 'upcoming';
}

function occurrence(
  bill: Bill,
  dueDate: string,
  today: string,
  row?: BillOccurrenceRow,
): BillOccurrence {
  return {
    billId: bill.id,
    scheduleKind: bill.kind,
    billName: bill.name,
    billerKind: bill.billerKind,
    dueDate,
    amount: bill.amount,
    amountKind: bill.amountKind,
    currency: bill.currency,
    status: statusOf(dueDate, today, row),
    ...(row?.txnId ? { txnId: row.txnId } : {}),
    autopay: bill.autopay,
    accountId: bill.payFromAccountId,
    ...(bill.toAccountId ? { toAccountId: bill.toAccountId } : {}),
  };
}

/** Every schedule, as schedules (rows from before kinds read as bills). */
export async function allSchedules(ctx: EngineContext): Promise<Bill[]> {
  return (await ctx.db.bills.toArray()).map(scheduleOfRow);
}

/**
 * Checks what a kind of schedule points at: an open account (and, for a transfer, a second
 * one in the same currency), a category of the right kind, a contact that exists.
 */
async function checkTargets(ctx: EngineContext, input: BillInput): Promise<void> {
  const kind = input.kind ?? 'bill';
  const from = await requireOpenAccount(ctx, input.payFromAccountId);
  if (input.categoryId !== undefined)
    await requireCategory(ctx, input.categoryId, kind === 'income' ? 'income' : 'expense');
  if (kind === 'transfer' && input.toAccountId !== undefined) {
    const to = await requireOpenAccount(ctx, input.toAccountId);
    if (to.currency !== from.currency)
      throw new PurseError('CURRENCY_MISMATCH', 'Both accounts must be in the same currency.', {
        field: 'toAccountId',
      });
  }
  if (kind === 'contact' && input.contactId !== undefined) {
    const contact = await ctx.db.counterparties.get(input.contactId);
    if (!contact || contact.kind !== 'contact')
      throw new PurseError('NOT_FOUND', 'That contact does not exist.', { field: 'contactId' });
  }
}

/** Checks a bill as a person would expect: a future date, a real account, a reminder ahead. */
async function checkBill(ctx: EngineContext, input: BillInput): Promise<void> {
  await checkTargets(ctx, input);
  const today = dayKeyOf(ctx.clock.now(), input.timeZone);
  const next = nextDueDate(input, today);
  if (next === null) {
    throw new PurseError('VALIDATION', 'This schedule has no due date from today on.', {
      field: 'firstDue',
    });
  }
  if (input.schedule.kind === 'once') {
    const remindAt = zonedInstant(
      addDays(next, -input.remindDaysBefore),
      input.remindHour ?? 9,
      input.timeZone,
    );
    if (remindAt < ctx.clock.now()) {
      throw new PurseError(
        'VALIDATION',
        'The reminder would be in the past: remind fewer days before.',
        {
          field: 'remindDaysBefore',
        },
      );
    }
  }
}

async function billerFor(ctx: EngineContext, name: string): Promise<string> {
  const lower = name.toLocaleLowerCase();
  const existing = await ctx.db.counterparties
    .where('kind')
    .equals('biller')
    .filter((c) => c.name.toLocaleLowerCase() === lower)
    .first();
  if (existing) return existing.id;
  const id = newId();
  await ctx.db.counterparties.add({ id, kind: 'biller', name, createdAt: ctx.clock.now() });
  return id;
}

const billTables = (ctx: EngineContext) => [
  ctx.db.bills,
  ctx.db.accounts,
  ctx.db.categories,
  ctx.db.counterparties,
  ctx.db.auditLog,
  ctx.db.billOccurrences,
];

/** The fields a kind keeps: what does not belong to it is left out, defaults filled in. */
function scheduleFields(input: BillInput) {
  const kind = input.kind ?? 'bill';
  const { toAccountId, contactId, categoryId, endsAfter, endsOn, ...rest } = input;
  return {
    ...rest,
    kind,
    billerKind: kind === 'bill' ? (input.billerKind ?? 'other') : 'other',
    accountNumber: kind === 'bill' ? (input.accountNumber ?? '') : '',
    ...(kind === 'transfer' && toAccountId ? { toAccountId } : {}),
    ...(kind === 'contact' && contactId ? { contactId } : {}),
    ...(categoryId !== undefined ? { categoryId } : {}),
    weekend: input.weekend ?? 'keep',
    ...(endsAfter !== undefined ? { endsAfter } : {}),
    ...(endsOn !== undefined ? { endsOn } : {}),
  } as const;
}

export async function createBill(ctx: EngineContext, input: BillInput): Promise<Bill> {
  return ctx.db.transaction('rw', billTables(ctx), async () => {
    await checkBill(ctx, input);
    const account = await requireOpenAccount(ctx, input.payFromAccountId);
    const fields = scheduleFields(input);
    const bill: Bill = {
      ...fields,
      id: newId(),
      ...(fields.kind === 'bill' ? { billerId: await billerFor(ctx, input.name) } : {}),
      currency: account.currency,
      remindHour: input.remindHour ?? 9,
      autopay: input.autopay ?? false,
      archived: false,
      createdAt: ctx.clock.now(),
    };
    return writeLogged(ctx, ctx.db.bills, 'add', bill, 'bill.create');
  });
}

export async function updateBill(
  ctx: EngineContext,
  input: z.output<typeof billsUpdateInput>,
): Promise<Bill> {
  return ctx.db.transaction('rw', billTables(ctx), async () => {
    const current = await requireBill(ctx, input.id);
    const { id: _id, ...asked } = input;
    const fields = { ...asked, kind: asked.kind ?? current.kind };
    await checkBill(ctx, fields);
    const account = await requireOpenAccount(ctx, input.payFromAccountId);
    const {
      billerId,
      toAccountId: _to,
      contactId: _contact,
      categoryId: _category,
      endsAfter: _after,
      endsOn: _on,
      ...kept
    } = current;
    const next = scheduleFields(fields);
    const bill: Bill = {
      ...kept,
      ...next,
      ...(next.kind === 'bill'
        ? {
            billerId:
              current.kind === 'bill' && billerId ? billerId : await billerFor(ctx, fields.name),
          }
        : {}),
      currency: account.currency,
      remindHour: fields.remindHour ?? current.remindHour,
      autopay: fields.autopay ?? (POSTS_ON_ITS_OWN.has(next.kind) && current.autopay),
    };
    return writeLogged(ctx, ctx.db.bills, 'put', bill, 'bill.update');
  });
}

export async function archiveBill(ctx: EngineContext, id: string): Promise<Bill> {
  return ctx.db.transaction('rw', billTables(ctx), async () => {
    const bill = { ...(await requireBill(ctx, id)), archived: true };
    return writeLogged(ctx, ctx.db.bills, 'put', bill, 'bill.archive');
  });
}

export async function requireBill(ctx: EngineContext, id: string): Promise<Bill> {
  const bill = await ctx.db.bills.get(id);
  if (!bill) throw new PurseError('NOT_FOUND', 'That bill does not exist.', { id });
  return scheduleOfRow(bill);
}

async function rowsFor(
  ctx: EngineContext,
  billId: string,
): Promise<Map<string, BillOccurrenceRow>> {
  const rows = await ctx.db.billOccurrences.where('billId').equals(billId).toArray();
  return new Map(rows.map((row) => [row.dueDate, row]));
}

export async function listBills(
  ctx: EngineContext,
  input: z.output<typeof billsListInput>,
): Promise<BillView[]> {
  const bills = (await allSchedules(ctx)).filter(
    (bill) => input?.includeArchived || !bill.archived,
  );
  return Promise.all(
    bills.map(async (bill) => {
      const today = dayKeyOf(ctx.clock.now(), bill.timeZone);
      const rows = await rowsFor(ctx, bill.id);
      const past = dueDatesBetween(bill, earliestDate(bill), addDays(today, -1));
      const overdue = past.filter((date) => !rows.has(date)).length;
      let next: BillOccurrence | null = null;
      for (let from = today; next === null;) {
        const date = nextDueDate(bill, from);
        if (date === null) break;
        if (!rows.has(date)) next = occurrence(bill, date, today);
        else from = addDays(date, 1);
      }
      return { ...bill, next, overdue };
    }),
  );
}

/** Every bill's occurrences in a window (upcoming lists and the calendar month). */
export async function upcomingBills(
  ctx: EngineContext,
  input: z.output<typeof billsUpcomingInput>,
): Promise<BillOccurrence[]> {
  const to = addDays(input.from, input.days - 1);
  const bills = (await allSchedules(ctx)).filter((bill) => !bill.archived);
  const all: BillOccurrence[] = [];
  for (const bill of bills) {
    const today = dayKeyOf(ctx.clock.now(), bill.timeZone);
    const rows = await rowsFor(ctx, bill.id);
    for (const date of dueDatesBetween(bill, input.from, to))
      all.push(occurrence(bill, date, today, rows.get(date)));
  }
  return all.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.billName.localeCompare(b.billName),
  );
}

export async function assertOccurrence(
  ctx: EngineContext,
  billId: string,
  dueDate: string,
): Promise<Bill> {
  const bill = await requireBill(ctx, billId);
  if (!dueDatesBetween(bill, dueDate, dueDate).includes(dueDate)) {
    throw new PurseError('VALIDATION', 'The bill is not due on that date.', { dueDate });
  }
  const row = await ctx.db.billOccurrences.get(occurrenceId(billId, dueDate));
  if (row) {
    throw new PurseError('CONFLICT', `That bill was already ${row.status} for ${dueDate}.`, {
      status: row.status,
    });
  }
  return bill;
}

export async function skipOccurrence(
  ctx: EngineContext,
  input: z.output<typeof billsOccurrenceInput>,
): Promise<BillOccurrence> {
  return ctx.db.transaction('rw', billTables(ctx), async () => {
    const bill = await assertOccurrence(ctx, input.billId, input.dueDate);
    const row: BillOccurrenceRow = {
      id: occurrenceId(bill.id, input.dueDate),
      billId: bill.id,
      dueDate: input.dueDate,
      status: 'skipped',
      at: ctx.clock.now(),
    };
    await ctx.db.billOccurrences.add(row);
    await audit(ctx, 'bill.skip', bill.id, { dueDate: input.dueDate });
    return occurrence(bill, input.dueDate, dayKeyOf(ctx.clock.now(), bill.timeZone), row);
  });
}

/** Marks an occurrence paid by a transaction; call inside the payment's own transaction. */
export async function markPaid(
  ctx: EngineContext,
  bill: Bill,
  dueDate: string,
  txn: Transaction,
): Promise<void> {
  await ctx.db.billOccurrences.add({
    id: occurrenceId(bill.id, dueDate),
    billId: bill.id,
    dueDate,
    status: 'paid',
    txnId: txn.id,
    at: ctx.clock.now(),
  });
}

export async function billHistory(
  ctx: EngineContext,
  input: z.output<typeof billsHistoryInput>,
): Promise<BillHistory> {
  await requireBill(ctx, input.billId);
  const rows = await ctx.db.billOccurrences.where('billId').equals(input.billId).toArray();
  const ids = rows.flatMap((row) => (row.txnId ? [row.txnId] : []));
  const payments = foundTransactions(await ctx.db.transactions.bulkGet(ids));
  const totals = new Map<string, number>();
  for (const payment of payments)
    totals.set(payment.month, (totals.get(payment.month) ?? 0) + payment.amount);
  return {
    payments: payments.sort((a, b) => b.occurredAt - a.occurredAt),
    byMonth: [...totals]
      .map(([month, total]) => ({ month, total }))
      .sort((a, b) => b.month.localeCompare(a.month)),
  };
}
