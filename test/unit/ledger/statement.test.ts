import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intlLocalStamp, localStamp } from '../../../src/ledger/engine/history/local-stamp';
import { isOwnAccount } from '../../../src/ledger/engine/ledger-accounts';
import { csvLine } from '../../../src/shared/csv';
import type { Posting, Transaction } from '../../../src/shared/domain';
import { STATEMENT_COLUMNS, type StatementChunk } from '../../../src/shared/history';
import { minorToDecimalString } from '../../../src/shared/money';
import { newId } from '../../../src/shared/ids';
import {
  allPostings,
  categoryByBuiltin,
  freshLedger,
  type LedgerFixture,
} from '../../support/ledger-fixture';

const NEW_YORK = 'America/New_York';
const SHANGHAI = 'Asia/Shanghai';
const HOUR = 3_600_000;

let fx: LedgerFixture;
beforeEach(async () => {
  fx = await freshLedger();
});
afterEach(() => fx.close());

/** The whole statement through `statements.chunk`, `limit` transactions at a time. */
async function exported(
  limit: number,
  filters: { accountIds?: string[]; from?: number; to?: number } = {},
): Promise<string> {
  let csv = '';
  let cursor: StatementChunk['nextCursor'] | undefined;
  let balances: StatementChunk['balances'] | undefined;
  do {
    const chunk = await fx.api['statements.chunk']({
      limit,
      filters,
      ...(cursor ? { cursor } : {}),
      ...(balances ? { balances: { ...balances } } : {}),
    });
    csv += chunk.csv;
    cursor = chunk.nextCursor;
    balances = chunk.balances;
  } while (cursor);
  return csv;
}

/** Local "yyyy-mm-dd", "hh:mm" straight from Intl, one call per row. */
function stampOf(t: Transaction): [string, string] {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: t.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(t.occurredAt))
      .map((p) => [p.type, p.value]),
  );
  return [`${parts.year}-${parts.month}-${parts.day}`, `${parts.hour}:${parts.minute}`];
}

/**
 * The statement recomputed the plain way from the whole ledger in memory: every transaction
 * newest first, its postings in id order, each own account's balance walked back from the
 * account's cached balance.
 */
async function recomputed(filters: { accountIds?: string[] } = {}): Promise<string> {
  const [transactions, postings, accounts, categories, counterparties] = await Promise.all([
    fx.db.transactions.toArray(),
    allPostings(fx.db),
    fx.db.accounts.toArray(),
    fx.db.categories.toArray(),
    fx.db.counterparties.toArray(),
  ]);
  const chosen = filters.accountIds ? new Set(filters.accountIds) : undefined;
  const name = new Map<string, string>([
    ...accounts.map((a): [string, string] => [a.id, a.name]),
    ...counterparties.map((c): [string, string] => [c.id, c.name]),
  ]);
  const categoryName = new Map(categories.map((c) => [c.id, c.name.en]));
  const balance = new Map(accounts.map((a) => [a.id, a.balance]));
  const byTxn = new Map<string, Posting[]>();
  for (const p of [...postings].sort((a, b) => (a.id < b.id ? -1 : 1)))
    byTxn.set(p.txnId, [...(byTxn.get(p.txnId) ?? []), p]);
  const newestFirst = [...transactions].sort((a, b) =>
    a.occurredAt !== b.occurredAt ? b.occurredAt - a.occurredAt : a.id < b.id ? 1 : -1,
  );
  let csv = csvLine(STATEMENT_COLUMNS);
  for (const t of newestFirst) {
    const touches =
      !chosen ||
      chosen.has(t.accountId) ||
      (t.toAccountId !== undefined && chosen.has(t.toAccountId));
    for (const p of byTxn.get(t.id) ?? []) {
      if (!isOwnAccount(p.ledgerAccount)) continue;
      const after = balance.get(p.ledgerAccount)!;
      balance.set(p.ledgerAccount, after - p.amount);
      if (!touches || (chosen && !chosen.has(p.ledgerAccount))) continue;
      const between = t.kind === 'transfer' || t.kind === 'topup' || t.kind === 'withdrawal';
      const other = between
        ? name.get(p.ledgerAccount === t.accountId ? t.toAccountId! : t.accountId)
        : t.counterpartyId && name.get(t.counterpartyId);
      csv += csvLine([
        ...stampOf(t),
        name.get(p.ledgerAccount),
        other || '',
        t.categoryId ? categoryName.get(t.categoryId) : '',
        t.memo ?? '',
        minorToDecimalString(p.amount, p.currency),
        p.currency,
        minorToDecimalString(after, p.currency),
        t.kind,
        t.receiptNo ?? '',
        t.id,
      ]);
    }
  }
  return csv;
}

/**
 * Two CNY accounts and a USD one; expenses, income, transfers both ways, payments and a
 * refund, in New York and Shanghai time, around both of 2026's US DST switches and across
 * local midnights, with memos that need quoting and defusing.
 */
async function richLedger() {
  const api = fx.api;
  const wallet = await api['accounts.create']({
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 500_000,
  });
  const card = await api['accounts.create']({
    kind: 'bank_card',
    name: 'ICBC, main',
    currency: 'CNY',
    openingBalance: 2_000_000,
  });
  const dollars = await api['accounts.create']({
    kind: 'bank_card',
    name: 'Chase "USD"',
    currency: 'USD',
    openingBalance: 300_000,
  });
  const food = await categoryByBuiltin(api, 'food');
  const salary = await categoryByBuiltin(api, 'salary');
  const shop = await api['counterparties.create']({ kind: 'merchant', name: '兰州拉面, Inc.' });
  const memos = [undefined, 'team dinner', '=SUM(A1)', 'say "hi"', 'two\nlines', '-5 off'];
  // 2026-03-08 07:00 UTC and 2026-11-01 06:00 UTC: New York's switches.
  const around = [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6), Date.UTC(2026, 5, 30, 16)];
  let i = 0;
  for (const center of around) {
    for (let at = center - 30 * HOUR; at <= center + 30 * HOUR; at += 97 * 60_000 + 13_000) {
      i += 1;
      const timeZone = i % 2 ? NEW_YORK : SHANGHAI;
      const memo = memos[i % memos.length];
      const common = { occurredAt: at, timeZone, ...(memo ? { memo } : {}) };
      const account = [wallet, card, dollars][i % 3]!;
      if (i % 5 === 0) {
        const [from, to] = i % 2 ? [wallet, card] : [card, wallet];
        await api['transactions.record']({
          kind: 'transfer',
          accountId: from.id,
          toAccountId: to.id,
          amount: 1_000 + i,
          ...common,
        });
      } else if (i % 7 === 0) {
        await api['transactions.record']({
          kind: 'income',
          accountId: account.id,
          categoryId: salary.id,
          amount: 50_000 + i,
          ...common,
        });
      } else {
        await api['transactions.record']({
          kind: 'expense',
          accountId: account.id,
          categoryId: food.id,
          ...(i % 3 === 1 ? { counterpartyId: shop.id } : {}),
          amount: 100 + i * 7,
          ...common,
        });
      }
    }
  }
  for (const [n, timeZone] of [
    [0, NEW_YORK],
    [1, SHANGHAI],
  ] as const) {
    fx.clock.set(Date.UTC(2026, 10, 1, 5, 30 + n * 40));
    const paid = await fx.internal['payments.commit']({
      requestId: newId(),
      accountId: wallet.id,
      merchant: { name: 'Luckin Coffee' },
      amount: 2_800 + n,
      timeZone,
      stepUpPassed: true,
    });
    fx.clock.advance(45 * 60_000);
    await fx.internal['refunds.commit']({
      requestId: newId(),
      paymentId: paid.transaction.id,
      amount: 1_000,
      timeZone,
      stepUpPassed: true,
    });
  }
  return { wallet, card, dollars };
}

describe('statements.chunk', () => {
  it('writes exactly the statement recomputed from postings, in chunks of any size', async () => {
    const { wallet, dollars } = await richLedger();
    const expected = await recomputed();
    expect(expected.split('\r\n').length).toBeGreaterThan(120);
    expect(expected).toContain(',refund,');
    expect(expected).toContain(',USD,');
    for (const limit of [1, 7, 64, 5000]) expect(await exported(limit)).toBe(expected);
    const chosen = { accountIds: [wallet.id, dollars.id] };
    expect(await exported(13, chosen)).toBe(await recomputed(chosen));
  });

  it('writes a date range as the lines of the whole statement that fall in it, in chunks of any size', async () => {
    await richLedger();
    // From the June cluster to the middle of the November one: weeks apart.
    const [from, to] = [Date.UTC(2026, 5, 29), Date.UTC(2026, 10, 1, 12)];
    const transactions = await fx.db.transactions.toArray();
    const inRange = new Set(
      transactions.filter((t) => t.occurredAt >= from && t.occurredAt <= to).map((t) => t.id),
    );
    expect(inRange.size).toBeGreaterThan(20);
    expect(inRange.size).toBeLessThan(transactions.length - 20);
    const [header, ...lines] = (await recomputed()).split('\r\n');
    const idOf = (line: string) => line.slice(line.lastIndexOf(',') + 1);
    const expected = `${[header, ...lines.filter((line) => inRange.has(idOf(line)))].join('\r\n')}\r\n`;
    for (const limit of [1, 7, 64, 5000])
      expect(await exported(limit, { from, to })).toBe(expected);
  });
});

describe('localStamp', () => {
  it('agrees with Intl minute by minute across DST switches and local midnights', () => {
    const zones = [NEW_YORK, SHANGHAI, 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu'];
    const starts = [
      Date.UTC(2026, 2, 7, 12),
      Date.UTC(2026, 9, 31, 12),
      Date.UTC(2026, 2, 28, 12),
      Date.UTC(2026, 3, 4, 0),
      Date.UTC(2026, 9, 3, 0),
    ];
    for (const timeZone of zones) {
      for (const start of starts) {
        for (let at = start; at < start + 48 * HOUR; at += 60_000 + 1_001) {
          expect(localStamp(at, timeZone)).toEqual(intlLocalStamp(at, timeZone));
        }
      }
    }
  });

  it('agrees with Intl on historical offsets with seconds and far dates', () => {
    const instants = [
      Date.UTC(1890, 0, 1, 3, 59, 59),
      Date.UTC(1901, 0, 1),
      Date.UTC(1969, 11, 31, 23, 59, 30),
      -1,
      0,
      Date.UTC(2099, 11, 31, 23, 59),
      Date.UTC(999, 11, 31, 23),
      Date.UTC(10000, 0, 1),
    ];
    for (const timeZone of [SHANGHAI, NEW_YORK, 'Africa/Monrovia', 'Europe/Amsterdam'])
      for (const at of instants)
        expect(localStamp(at, timeZone)).toEqual(intlLocalStamp(at, timeZone));
  });
});
