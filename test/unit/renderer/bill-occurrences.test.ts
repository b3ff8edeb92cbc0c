import { describe, expect, it } from 'vitest';
import { datesAheadOf } from '../../../src/renderer/features/bills/use-bill-dates-ahead';
import { groupByDay } from '../../../src/renderer/features/bills/use-occurrences-by-day';
import type { BillOccurrence, OccurrenceStatus } from '../../../src/shared/bills';

const occurrence = (billId: string, dueDate: string, status: OccurrenceStatus): BillOccurrence => ({
  billId,
  scheduleKind: 'bill',
  billName: billId,
  billerKind: 'water',
  accountId: 'account',
  dueDate,
  amount: 100,
  amountKind: 'fixed',
  currency: 'CNY',
  status,
  autopay: false,
});

describe("a bill's dates ahead", () => {
  it('pays the overdue dates and the next open one; the later dates follow, six at most', () => {
    const recent = [
      occurrence('water', '2026-09-01', 'overdue'),
      occurrence('gas', '2026-09-05', 'overdue'),
      occurrence('water', '2026-10-01', 'paid'),
    ];
    const coming = [
      occurrence('water', '2026-11-01', 'paid'),
      occurrence('gas', '2026-11-03', 'upcoming'),
      ...Array.from({ length: 9 }, (_, index) =>
        occurrence('water', `2027-0${index + 1}-28`, 'upcoming'),
      ),
    ];
    const { toPay, later } = datesAheadOf('water', recent, coming);
    expect(toPay.map((o) => o.dueDate)).toEqual(['2026-09-01', '2027-01-28']);
    expect(later.map((o) => o.dueDate)).toEqual([
      '2027-02-28',
      '2027-03-28',
      '2027-04-28',
      '2027-05-28',
      '2027-06-28',
      '2027-07-28',
    ]);
  });

  it('has nothing later without an open date ahead', () => {
    const ahead = datesAheadOf(
      'water',
      [occurrence('water', '2026-09-01', 'overdue')],
      [occurrence('water', '2026-11-01', 'skipped')],
    );
    expect(ahead.toPay.map((o) => o.dueDate)).toEqual(['2026-09-01']);
    expect(ahead.later).toEqual([]);
  });
});

describe('occurrences by day', () => {
  it('groups by due date, keeping the order given', () => {
    const byDay = groupByDay([
      occurrence('water', '2026-11-01', 'upcoming'),
      occurrence('gas', '2026-11-02', 'due'),
      occurrence('rent', '2026-11-01', 'paid'),
    ]);
    expect([...byDay.keys()]).toEqual(['2026-11-01', '2026-11-02']);
    expect(byDay.get('2026-11-01')?.map((o) => o.billId)).toEqual(['water', 'rent']);
    expect(byDay.get('2026-11-03')).toBeUndefined();
  });
});
