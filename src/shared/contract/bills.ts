import type { Transaction } from '../domain';
import type { Bill, BillOccurrence, BillView } from '../bills';
import type { MoneyResult } from '../payments';
import * as b from '../bills';
import * as s from '../schemas';
import { guarded, read, write } from './define';
import { BILL_VIEWS, MOVEMENT_VIEWS } from './views';

export interface BillHistory {
  readonly payments: readonly Transaction[];
  readonly byMonth: readonly { readonly month: string; readonly total: number }[];
}

/** Schedules (bills and recurring transactions), their occurrences and their history. */
export const billsMethods = {
  'bills.list': read<BillView[]>()('ledger', b.billsListInput),
  // A new bill may add its biller to the counterparties.
  'bills.create': write<Bill>()('ledger', b.billsCreateInput, {
    stale: [...BILL_VIEWS, 'counterparties.list'],
  }),
  'bills.update': write<Bill>()('ledger', b.billsUpdateInput, { stale: BILL_VIEWS }),
  'bills.archive': write<Bill>()('ledger', s.byIdInput, { stale: BILL_VIEWS }),
  'bills.upcoming': read<BillOccurrence[]>()('ledger', b.billsUpcomingInput),
  'bills.skip': write<BillOccurrence>()('ledger', b.billsOccurrenceInput, { stale: BILL_VIEWS }),
  // Income, an expense or a move between own accounts on a schedule: posted without the PIN
  // (the ledger refuses a bill or money to a contact here with PIN_REQUIRED).
  'bills.record': write<MoneyResult>()('ledger', b.billsRecordInput, {
    stale: [...MOVEMENT_VIEWS, ...BILL_VIEWS, 'bills.history'],
  }),
  // Paying a bill is a payment: balances, history, limits, and the bill's own history.
  'bills.pay': guarded<MoneyResult>()(b.billsPayGatewayInput, 'pin', [
    ...MOVEMENT_VIEWS,
    ...BILL_VIEWS,
    'bills.history',
  ]),
  'bills.history': read<BillHistory>()('ledger', b.billsHistoryInput),
} as const;
