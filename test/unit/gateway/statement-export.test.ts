import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_IDLE_MS, statementExportHandlers } from '../../../src/gateway/statement-export';
import type { Account } from '../../../src/shared/domain';
import type { ExportProgress, ExportStarted } from '../../../src/shared/exports';
import type { HistoryPage, HistoryTotals } from '../../../src/shared/history';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import { categoryByBuiltin } from '../../support/ledger-fixture';
import { MemoryFileSink } from '../../support/memory-file-sink';

const TZ = 'Asia/Shanghai';
let fx: GatewayFixture;
let sink: MemoryFileSink;
let wallet: Account;

const call = async <T>(method: string, input?: unknown) =>
  ok<T>(await fx.gateway.call(method, input));

beforeEach(async () => {
  sink = new MemoryFileSink();
  fx = await freshGateway({ files: sink });
  fx.clock.set(Date.UTC(2026, 9, 1, 4));
  wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: '零钱',
    currency: 'CNY',
    openingBalance: 100_000,
  });
  fx.clock.set(Date.UTC(2026, 10, 20, 4));
  const food = await categoryByBuiltin(fx.api, 'food');
  for (let day = 1; day <= 12; day += 1) {
    await call('transactions.record', {
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food.id,
      amount: day * 100,
      occurredAt: Date.UTC(2026, 10, day, 4),
      timeZone: TZ,
      memo: day === 7 ? '和同事吃火锅' : `day ${day}`,
    });
  }
});
afterEach(() => fx.close());

/** The export handlers over the same ledger, with chunks of 5 so a statement takes several. */
function smallChunks() {
  return statementExportHandlers({ ledger: fx.api, files: sink, clock: fx.clock, chunk: 5 });
}

describe('statements.exportBegin / exportNext', () => {
  it('writes one BOM, the header once and every row to the chosen file, chunk by chunk', async () => {
    const exports = smallChunks();
    const started = await exports['statements.exportBegin']({ filters: { accountId: wallet.id } });
    expect(started.transactions).toBe(13);
    const progress: ExportProgress[] = [];
    do progress.push(await exports['statements.exportNext']({ exportId: started.exportId! }));
    while (!progress.at(-1)!.done);

    expect(progress.map((p) => p.rows)).toEqual([5, 10, 13]);
    const [file] = sink.files;
    expect(file).toMatchObject({ state: 'finished', request: { kind: 'statement' } });
    expect(file!.request.suggestedName).toBe('purse-statement-2026-11-20.csv');
    expect(file!.writes).toHaveLength(1 + 3);
    const text = sink.text();
    expect(text.startsWith('\uFEFFdate,time,account,')).toBe(true);
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    expect(text.split('\r\n').filter((line) => line.includes('date,time,'))).toHaveLength(1);
    expect(text).toContain('和同事吃火锅');
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + 13);
    // The oldest row is the opening balance, and the newest shows what is left.
    expect(text).toMatch(/,1000\.00,CNY,1000\.00,opening,/);
    expect(text).toContain(',-12.00,CNY,922.00,expense,');
  });

  it('writes the column names it is given, in the UI language, above the very same rows', async () => {
    const exports = smallChunks();
    const standard = await exports['statements.exportBegin']({ language: 'zh' });
    while (!(await exports['statements.exportNext']({ exportId: standard.exportId! })).done);
    const headers = ['日期', '时间', '账户', '交易对方', '分类', '备注', '金额', '币种', '余额'];
    const chinese = [...headers, '类型', '收据号', '交易号'];
    const localised = await exports['statements.exportBegin']({ language: 'zh', headers: chinese });
    while (!(await exports['statements.exportNext']({ exportId: localised.exportId! })).done);

    const [first, second] = [sink.text(0), sink.text(1)].map((text) => text.split('\r\n'));
    expect(first![0]).toBe(
      '\uFEFFdate,time,account,counterparty,category,memo,amount,currency,balance_after,kind,receipt_number,transaction_id',
    );
    expect(second![0]).toBe(`\uFEFF${chinese.join(',')}`);
    expect(second!.slice(1)).toEqual(first!.slice(1));
  });

  it('refuses column names that are not one for each column, or hold control characters', async () => {
    for (const headers of [
      ['日期'],
      Array.from({ length: 12 }, () => 'a\u0007b'),
      Array(12).fill(''),
    ])
      expect(await fx.gateway.call('statements.exportBegin', { headers })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    expect(sink.files).toEqual([]);
  });

  it('forgets an export once it is done, so its id cannot write again', async () => {
    const exports = smallChunks();
    const { exportId } = await exports['statements.exportBegin']({});
    while (!(await exports['statements.exportNext']({ exportId: exportId! })).done);
    await expect(exports['statements.exportNext']({ exportId: exportId! })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('writes nothing when the person closes the save dialog', async () => {
    sink.answer = 'close';
    const started = await call<ExportStarted>('statements.exportBegin', {});
    expect(started.exportId).toBeNull();
    expect(sink.files).toEqual([]);
  });

  it('removes the partial file when the person cancels halfway', async () => {
    const exports = smallChunks();
    const { exportId } = await exports['statements.exportBegin']({});
    await exports['statements.exportNext']({ exportId: exportId! });
    expect(await exports['statements.exportCancel']({ exportId: exportId! })).toEqual({
      cancelled: true,
    });
    expect(sink.files[0]).toMatchObject({ state: 'aborted', writes: [] });
    await expect(exports['statements.exportNext']({ exportId: exportId! })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('removes the partial file of an export abandoned for five minutes', async () => {
    const exports = smallChunks();
    const { exportId } = await exports['statements.exportBegin']({});
    await exports['statements.exportNext']({ exportId: exportId! });
    fx.clock.advance(EXPORT_IDLE_MS + 1);
    await exports['statements.exportBegin']({});
    expect(sink.files[0]!.state).toBe('aborted');
    await expect(exports['statements.exportNext']({ exportId: exportId! })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('removes the partial file when the disk fails, and says so', async () => {
    const exports = smallChunks();
    sink.failOnWrite = 3;
    const { exportId } = await exports['statements.exportBegin']({});
    await exports['statements.exportNext']({ exportId: exportId! });
    await expect(exports['statements.exportNext']({ exportId: exportId! })).rejects.toThrow(
      'ENOSPC',
    );
    expect(sink.files[0]!.state).toBe('aborted');
  });

  it('runs through the gateway: refused while locked, ids the UI made up are refused', async () => {
    await call('security.setupPin', { pin: '258036' });
    await call('security.lock');
    expect(await fx.gateway.call('statements.exportBegin', {})).toMatchObject({
      ok: false,
      error: { code: 'APP_LOCKED' },
    });
    expect(sink.files).toEqual([]);
    await call('security.unlock', { pin: '258036' });
    expect(
      await fx.gateway.call('statements.exportNext', { exportId: '../../etc/passwd' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const started = await call<ExportStarted>('statements.exportBegin', { language: 'zh' });
    const done = await call<ExportProgress>('statements.exportNext', {
      exportId: started.exportId,
    });
    expect(done).toEqual({ rows: 13, done: true });
    expect(sink.text()).toContain(',餐饮,');
  });
});

describe('statements for several accounts', () => {
  async function threeAccounts() {
    const bank = await call<Account>('accounts.create', {
      kind: 'bank_card',
      name: 'ICBC',
      currency: 'CNY',
      openingBalance: 500_000,
    });
    const savings = await call<Account>('accounts.create', {
      kind: 'savings',
      name: 'Savings',
      currency: 'CNY',
      openingBalance: 300_000,
    });
    fx.clock.set(Date.UTC(2026, 10, 25, 4));
    const food = await categoryByBuiltin(fx.api, 'food');
    const at = (day: number) => ({ occurredAt: Date.UTC(2026, 10, day, 4), timeZone: TZ });
    await call('transactions.record', {
      kind: 'transfer',
      accountId: bank.id,
      toAccountId: wallet.id,
      amount: 20_000,
      ...at(21),
    });
    await call('transactions.record', {
      kind: 'transfer',
      accountId: wallet.id,
      toAccountId: savings.id,
      amount: 10_000,
      ...at(22),
    });
    await call('transactions.record', {
      kind: 'expense',
      accountId: bank.id,
      categoryId: food.id,
      amount: 5_000,
      ...at(23),
    });
    await call('transactions.record', {
      kind: 'transfer',
      accountId: bank.id,
      toAccountId: savings.id,
      amount: 30_000,
      ...at(24),
    });
    return { bank, savings };
  }

  it('exports two of three accounts: exactly their rows, with running balances per account', async () => {
    const { bank, savings } = await threeAccounts();
    const exports = smallChunks();
    const started = await exports['statements.exportBegin']({
      filters: { accountIds: [wallet.id, bank.id] },
    });
    // 12 expenses and the opening in the wallet, the bank's opening, 3 transfers, 1 expense.
    expect(started.transactions).toBe(18);
    let progress: ExportProgress;
    do progress = await exports['statements.exportNext']({ exportId: started.exportId! });
    while (!progress.done);

    const lines = sink
      .text()
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const rows = lines.slice(1).map((line) => line.split(','));
    // The wallet: 12 expenses, its opening and two transfers; the bank: opening, 2 out, 1 expense.
    expect(progress.rows).toBe(19);
    expect(rows).toHaveLength(19);
    const byAccount = new Map<string, string[][]>();
    for (const row of rows) byAccount.set(row[2]!, [...(byAccount.get(row[2]!) ?? []), row]);
    expect([...byAccount.keys()].sort()).toEqual(['ICBC', '零钱']);
    expect(byAccount.get('零钱')).toHaveLength(15);
    expect(byAccount.get('ICBC')).toHaveLength(4);
    // Savings only ever shows as the other side of a transfer.
    expect(rows.filter((row) => row[3] === 'Savings')).toHaveLength(2);
    expect(rows.some((row) => row[11] === savings.id)).toBe(false);

    for (const [name, own] of byAccount) {
      // Newest first: each row's balance minus its amount is the next (older) row's balance.
      for (let i = 0; i + 1 < own.length; i += 1) {
        const [amount, after] = [Number(own[i]![6]), Number(own[i]![8])];
        expect(Number(own[i + 1]![8]), `${name} row ${i + 1}`).toBeCloseTo(after - amount, 2);
      }
      const opening = own.at(-1)!;
      expect(opening[9]).toBe('opening');
      expect(opening[8]).toBe(opening[6]);
    }
    expect(byAccount.get('零钱')![0]!.slice(6, 10)).toEqual([
      '-100.00',
      'CNY',
      '1022.00',
      'transfer',
    ]);
    expect(byAccount.get('ICBC')![0]!.slice(3, 10)).toEqual([
      'Savings',
      '',
      '',
      '-300.00',
      'CNY',
      '4450.00',
      'transfer',
    ]);
  });

  it('filters History by a set of accounts, and a move between own accounts, inside the set or out of it, is neither income nor spending', async () => {
    const { bank, savings } = await threeAccounts();
    const page = await call<HistoryPage>('history.page', {
      filters: { accountIds: [savings.id] },
    });
    expect(page.items.map((t) => t.kind)).toEqual(['transfer', 'transfer', 'opening']);
    const totals = await call<HistoryTotals>('history.totals', {
      filters: { accountIds: [wallet.id, bank.id] },
    });
    expect(totals).toEqual({
      count: 18,
      byCurrency: [
        { currency: 'CNY', income: 0, spending: 7_800 + 5_000, net: -12_800, toPeople: 0 },
      ],
    });
  });

  it('refuses an empty list, a list with a single account given too, and shapes it does not know', async () => {
    for (const filters of [
      { accountIds: [] },
      { accountIds: [wallet.id], accountId: wallet.id },
      { accountIds: wallet.id },
      { accountIds: [42] },
      { accountIds: Array.from({ length: 201 }, () => wallet.id) },
      { accounts: [wallet.id] },
    ]) {
      expect(await fx.gateway.call('statements.exportBegin', { filters })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
      expect(await fx.gateway.call('history.page', { filters })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(sink.files).toEqual([]);
  });
});
