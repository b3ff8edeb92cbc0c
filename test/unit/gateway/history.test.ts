import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../../src/shared/csv';
import type { Account, Category, TransactionDetail } from '../../../src/shared/domain';
import type { HistoryPage, HistoryTotals, StatementChunk } from '../../../src/shared/history';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import { categoryByBuiltin, moneySnapshot } from '../../support/ledger-fixture';
import { getRows } from '../../../src/ledger/engine/aggregate-sheets';

const TZ = 'Asia/Shanghai';
let fx: GatewayFixture;
let wallet: Account;
let bank: Account;
let food: Category;
let transport: Category;

const call = async <T>(method: string, input?: unknown) =>
  ok<T>(await fx.gateway.call(method, input));

beforeEach(async () => {
  fx = await freshGateway();
  fx.clock.set(Date.UTC(2026, 9, 1, 4));
  wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 100_000,
  });
  bank = await call<Account>('accounts.create', {
    kind: 'bank_card',
    name: 'ICBC',
    currency: 'CNY',
    openingBalance: 500_000,
  });
  food = await categoryByBuiltin(fx.api, 'food');
  transport = await categoryByBuiltin(fx.api, 'transport');
  const shop = await call<{ id: string }>('counterparties.create', {
    kind: 'merchant',
    name: '海底捞 Hot Pot',
  });
  for (let day = 1; day <= 12; day += 1) {
    await call('transactions.record', {
      kind: 'expense',
      accountId: wallet.id,
      categoryId: day % 3 === 0 ? transport.id : food.id,
      counterpartyId: day % 4 === 0 ? shop.id : undefined,
      amount: day * 100,
      occurredAt: Date.UTC(2026, 10, day, 4),
      timeZone: TZ,
      memo: day === 7 ? '=SUM(A1) team dinner' : `day ${day}`,
    });
  }
  await call('transactions.record', {
    kind: 'transfer',
    accountId: bank.id,
    toAccountId: wallet.id,
    amount: 20_000,
    occurredAt: Date.UTC(2026, 10, 13, 4),
    timeZone: TZ,
  });
});
afterEach(() => fx.close());

describe('history.page', () => {
  it('pages newest first with a keyset cursor, never repeating or skipping a row', async () => {
    const seen: string[] = [];
    let cursor: HistoryPage['nextCursor'] | undefined;
    do {
      const page: HistoryPage = await call<HistoryPage>('history.page', {
        limit: 4,
        ...(cursor ? { cursor } : {}),
      });
      seen.push(...page.items.map((t) => t.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await fx.api['transactions.recent']({ limit: 200 });
    expect(seen).toEqual(all.map((t) => t.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by category, kind, amount range, account and text in encrypted payee names and memos', async () => {
    const byCategory = await call<HistoryPage>('history.page', {
      filters: { categoryId: transport.id },
    });
    expect(byCategory.items.map((t) => t.amount)).toEqual([1_200, 900, 600, 300]);
    const transfers = await call<HistoryPage>('history.page', {
      filters: { kinds: ['transfer'], accountId: bank.id },
    });
    expect(transfers.items).toHaveLength(1);
    const range = await call<HistoryPage>('history.page', {
      filters: { minAmount: 500, maxAmount: 800 },
    });
    expect(range.items.map((t) => t.amount)).toEqual([800, 700, 600, 500]);
    const payee = await call<HistoryPage>('history.page', { filters: { text: '海底捞' } });
    expect(payee.items.map((t) => t.amount)).toEqual([1_200, 800, 400]);
    const memo = await call<HistoryPage>('history.page', { filters: { text: 'TEAM DINNER' } });
    expect(memo.items.map((t) => t.amount)).toEqual([700]);
    const dates = await call<HistoryPage>('history.page', {
      filters: { from: Date.UTC(2026, 10, 3), to: Date.UTC(2026, 10, 5, 23) },
    });
    expect(dates.items.map((t) => t.amount)).toEqual([500, 400, 300]);
  });

  it('refuses a period that ends before it starts', async () => {
    expect(await fx.gateway.call('history.page', { filters: { from: 10, to: 5 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('history.totals', () => {
  it('sums the figures of the filtered set, where money in from another own account is not income', async () => {
    const all = await call<HistoryTotals>('history.totals', { filters: { accountId: wallet.id } });
    expect(all).toEqual({
      count: 14,
      byCurrency: [{ currency: 'CNY', income: 0, spending: 7_800, net: -7_800, toPeople: 0 }],
    });
  });
});

describe('transactions.update', () => {
  it('moves a transaction to another category with its aggregates, and logs it', async () => {
    const [latestFood] = (
      await call<HistoryPage>('history.page', { filters: { categoryId: food.id }, limit: 1 })
    ).items;
    const updated = await call<TransactionDetail>('transactions.update', {
      id: latestFood!.id,
      categoryId: transport.id,
      memo: 'taxi, not food',
    });
    expect(updated.transaction).toMatchObject({ categoryId: transport.id, memo: 'taxi, not food' });
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
    const [food11] = await getRows(fx.db.aggregates, [`category|${food.id}|2026-11|CNY`]);
    expect(food11?.debit).toBe([1, 2, 4, 5, 7, 8, 10].reduce((s, d) => s + d * 100, 0));
    expect(await fx.db.auditLog.where('kind').equals('transaction.edit').count()).toBe(1);
  });

  it('refuses an income category for an expense and changes nothing', async () => {
    const salary = await categoryByBuiltin(fx.api, 'salary');
    const [t] = (
      await call<HistoryPage>('history.page', { filters: { categoryId: food.id }, limit: 1 })
    ).items;
    const before = await moneySnapshot(fx.db);
    expect(
      await fx.gateway.call('transactions.update', { id: t!.id, categoryId: salary.id }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await moneySnapshot(fx.db)).toEqual(before);
  });
});

describe('statements.chunk', () => {
  it('streams RFC 4180 CSV in chunks with running balances and defused formulas', async () => {
    let csv = '';
    let cursor: StatementChunk['nextCursor'] | undefined;
    let balances: StatementChunk['balances'] | undefined;
    let chunks = 0;
    do {
      const chunk: StatementChunk = await call<StatementChunk>('statements.chunk', {
        limit: 5,
        filters: { accountId: wallet.id },
        ...(cursor ? { cursor } : {}),
        ...(balances ? { balances } : {}),
      });
      csv += chunk.csv;
      cursor = chunk.nextCursor;
      balances = chunk.balances;
      chunks += 1;
    } while (cursor);
    expect(chunks).toBeGreaterThan(1);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'date,time,account,counterparty,category,memo,amount,currency,balance_after,kind,receipt_number,transaction_id',
    );
    expect(lines).toHaveLength(1 + 14);
    expect(lines[1]).toMatch(/^2026-11-13,12:00,Wallet,ICBC,,,200\.00,CNY,1122\.00,transfer,,/);
    expect(csv).toContain(`,'=SUM(A1) team dinner,`);
    expect(csv).toContain(',Food & dining,');
    // Running balances: each row's balance minus its amount is the next (older) row's balance.
    const rows = lines.slice(1).map((line) => line.split(','));
    for (let i = 0; i + 1 < rows.length; i += 1) {
      const [amount, after] = [Number(rows[i]![6]), Number(rows[i]![8])];
      expect(Number(rows[i + 1]![8])).toBeCloseTo(after - amount, 2);
    }
    expect(rows.at(-1)).toEqual(expect.arrayContaining(['opening', '1000.00']));
  });
});

describe('csvCell', () => {
  it('quotes what RFC 4180 needs and defuses formula starts', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    for (const start of ['=1+1', '+1', '-1+2', '-A1', '@cmd', '\tx', '\rx']) {
      expect(csvCell(start).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('-12.50')).toBe('-12.50');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvLine(['a', null, 3])).toBe('a,,3\r\n');
  });
});
