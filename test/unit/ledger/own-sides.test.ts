import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkPostTransactions } from '../../../src/ledger/engine/bulk/bulk-post';
import type { EngineContext } from '../../../src/ledger/engine/context';
import { categoryLedgerAccount, ownSidesOf } from '../../../src/ledger/engine/ledger-accounts';
import type { Posting } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import {
  allPostings,
  categoryByBuiltin,
  freshLedger,
  walletWith,
  type LedgerFixture,
} from '../../support/ledger-fixture';

let fx: LedgerFixture;
beforeEach(async () => {
  fx = await freshLedger();
});
afterEach(() => fx.close());

/** Every transaction's stored `ownSides` next to what its postings say they must be. */
async function sidesAndPostings() {
  const [transactions, postings] = await Promise.all([
    fx.db.transactions.toArray(),
    allPostings(fx.db),
  ]);
  const byTxn = new Map<string, Posting[]>();
  for (const p of postings) byTxn.set(p.txnId, [...(byTxn.get(p.txnId) ?? []), p]);
  return transactions.map((t) => ({
    kind: t.kind,
    stored: t.ownSides,
    expected: ownSidesOf(byTxn.get(t.id) ?? []),
  }));
}

describe('transaction ownSides', () => {
  it('are written on every path that posts: opening, record, transfer, payment, refund, edit, bulk', async () => {
    const api = fx.api;
    const wallet = await walletWith(api, 100_000);
    const card = await api['accounts.create']({
      kind: 'bank_card',
      name: 'Card',
      currency: 'CNY',
      openingBalance: 50_000,
    });
    const food = await categoryByBuiltin(api, 'food');
    const transport = await categoryByBuiltin(api, 'transport');
    const spent = await api['transactions.record']({
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food.id,
      amount: 1_234,
      occurredAt: fx.clock.now(),
      timeZone: 'Asia/Shanghai',
    });
    await api['transactions.record']({
      kind: 'transfer',
      accountId: card.id,
      toAccountId: wallet.id,
      amount: 5_000,
      occurredAt: fx.clock.now(),
      timeZone: 'Asia/Shanghai',
    });
    const paid = await fx.internal['payments.commit']({
      requestId: newId(),
      accountId: wallet.id,
      merchant: { name: 'Luckin Coffee' },
      amount: 2_800,
      timeZone: 'Asia/Shanghai',
      stepUpPassed: true,
    });
    await fx.internal['refunds.commit']({
      requestId: newId(),
      paymentId: paid.transaction.id,
      amount: 1_000,
      timeZone: 'Asia/Shanghai',
      stepUpPassed: true,
    });
    await api['transactions.update']({ id: spent.transaction.id, categoryId: transport.id });
    const ctx: EngineContext = { db: fx.db, clock: fx.clock, timeZone: 'Asia/Shanghai' };
    await bulkPostTransactions(ctx, [
      {
        kind: 'expense',
        occurredAt: fx.clock.now(),
        timeZone: 'Asia/Shanghai',
        amount: 700,
        currency: 'CNY',
        accountId: card.id,
        categoryId: food.id,
        postings: [
          { ledgerAccount: card.id, amount: -700 },
          { ledgerAccount: categoryLedgerAccount(food.id), amount: 700 },
        ],
      },
    ]);

    const rows = await sidesAndPostings();
    expect(new Set(rows.map((row) => row.kind))).toEqual(
      new Set(['opening', 'expense', 'transfer', 'payment', 'refund']),
    );
    for (const row of rows) expect(row.stored).toEqual(row.expected);
    const transfer = rows.find((row) => row.kind === 'transfer')!;
    expect(transfer.stored).toHaveLength(2);
    expect((await api['ledger.verify'](undefined)).problems).toEqual([]);
  });

  it('are checked by ledger.verify: a tampered, dropped or missing side is reported', async () => {
    const wallet = await walletWith(fx.api, 100_000);
    const food = await categoryByBuiltin(fx.api, 'food');
    const { transaction } = await fx.api['transactions.record']({
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food.id,
      amount: 1_234,
      occurredAt: fx.clock.now(),
      timeZone: 'Asia/Shanghai',
    });
    expect(transaction.ownSides).toEqual([{ account: wallet.id, amount: -1_234 }]);
    const tampered = [
      [{ account: wallet.id, amount: -1_000 }],
      [{ account: 'someone-else', amount: -1_234 }],
      [],
      [
        { account: wallet.id, amount: -1_234 },
        { account: wallet.id, amount: 0 },
      ],
    ];
    const row = (await fx.db.transactions.get(transaction.id))!;
    for (const ownSides of [...tampered, undefined]) {
      await fx.db.transactions.put({ ...row, ownSides });
      const report = await fx.api['ledger.verify'](undefined);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([
        `transaction ${transaction.id} ownSides differ from its own-account postings`,
      ]);
    }
    await fx.db.transactions.put(row);
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
  });
});
