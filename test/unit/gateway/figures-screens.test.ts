import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalyticsReport, MonthlyReport } from '../../../src/shared/analytics';
import type { Account } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import { TO_PEOPLE } from '../../../src/shared/month-figures';
import { figuresOnEveryScreen } from '../../support/figures-on-screens';
import { freshGateway, ok, type GatewayFixture } from '../../support/gateway-fixture';
import { categoryByBuiltin } from '../../support/ledger-fixture';
import { MemoryFileSink } from '../../support/memory-file-sink';

const TZ = 'Asia/Shanghai';
let fx: GatewayFixture;
let sink: MemoryFileSink;

const call = async <T>(method: string, input?: unknown) =>
  ok<T>(await fx.gateway.call(method, input));
const authorised = () => ({ requestId: newId(), timeZone: TZ, stepUpPassed: true });

beforeEach(async () => {
  sink = new MemoryFileSink();
  fx = await freshGateway({ files: sink });
  fx.clock.set(Date.UTC(2026, 10, 3, 4));
});
afterEach(() => fx.close());

function account(kind: string, name: string, currency: string, openingBalance: number) {
  return call<Account>('accounts.create', { kind, name, currency, openingBalance });
}

describe('every screen shows the month the same way', () => {
  it('counts a transfer to a contact as spending and a refund against its category, everywhere', async () => {
    const wallet = await account('wallet', 'Wallet', 'CNY', 500_000);
    const food = await categoryByBuiltin(fx.api, 'food');
    const budget = { categoryId: food.id, month: '2026-11', amount: 100_000, currency: 'CNY' };
    await call('budgets.set', budget);
    const payment = await fx.internal['payments.commit']({
      ...authorised(),
      accountId: wallet.id,
      merchant: { name: 'Hot pot' },
      categoryId: food.id,
      amount: 46_350,
    });
    fx.clock.advance(3_600_000);
    await fx.internal['refunds.commit']({
      ...authorised(),
      paymentId: payment.transaction.id,
      amount: 1_000,
    });
    fx.clock.advance(3_600_000);
    await fx.internal['transfers.commit']({
      ...authorised(),
      accountId: wallet.id,
      to: { newContact: { name: 'Li Lei' } },
      amount: 10_000,
    });

    const shown = await figuresOnEveryScreen(fx, sink, '2026-11', 'CNY');
    const totals = { spending: 55_350, income: 0, net: -55_350, toPeople: 10_000 };
    const lines = { [food.id]: 45_350, [TO_PEOPLE]: 10_000 };
    expect(shown).toEqual({
      home: { spending: 55_350, income: 0 },
      history: totals,
      analytics: { ...totals, lines },
      budgets: { income: 0, lines: { [food.id]: 45_350 } },
      report: { spending: 55_350, income: 0, net: -55_350, lines },
      statement: totals,
    });
  });

  it('counts the refunds of an imported Alipay month against spending, never as income', async () => {
    const card = await account('bank_card', 'Alipay', 'CNY', 0);
    const at = (day: number) => Date.UTC(2026, 10, day, 4);
    const row = (line: number, day: number, amount: number, extra: object = {}) => ({
      line,
      occurredAt: at(day),
      amount,
      counterparty: `Payee ${line}`,
      reference: `2026110${line}`,
      ...extra,
    });
    await fx.api['imports.commit']({
      accountId: card.id,
      timeZone: TZ,
      profile: 'alipay',
      rows: [
        row(1, 1, 1_250_000, { category: '工资' }),
        row(2, 2, -8_900, { category: '餐饮美食' }),
        row(3, 3, -122_580, { category: '日用百货' }),
        row(4, 4, 8_900, { refund: true, refundOf: '20261102', counterparty: 'Payee 2' }),
      ],
      rejectedRows: 0,
      goodRowsOnly: false,
    });
    const shown = await figuresOnEveryScreen(fx, sink, '2026-11', 'CNY');
    for (const screen of ['home', 'history', 'analytics', 'report', 'statement'])
      expect({ screen, ...shown[screen] }).toMatchObject({
        screen,
        income: 1_250_000,
        spending: 122_580,
      });
  });
});

describe('the currency Analytics shows', () => {
  it('is the one that has the money when the default currency has none', async () => {
    const gbp = await account('bank_card', 'Barclays', 'GBP', 200_000);
    const food = await categoryByBuiltin(fx.api, 'food');
    await call('transactions.record', {
      kind: 'expense',
      accountId: gbp.id,
      categoryId: food.id,
      amount: 4_200,
      occurredAt: fx.clock.now(),
      timeZone: TZ,
    });
    const report = await call<AnalyticsReport>('analytics.report', {
      from: '2026-11',
      to: '2026-11',
    });
    expect(report).toMatchObject({ currency: 'GBP', currencies: ['GBP'] });
    expect(report.totals).toMatchObject({ expense: 4_200 });
    const monthly = await call<MonthlyReport>('reports.monthly', { month: '2026-11' });
    expect(monthly).toMatchObject({ currency: 'GBP', expense: 4_200 });
  });

  it('stays the default when it has money in the period, and lists the others busiest first', async () => {
    const wallet = await account('wallet', 'Wallet', 'CNY', 100_000);
    const gbp = await account('bank_card', 'Barclays', 'GBP', 200_000);
    await account('bank_card', 'Chase', 'USD', 50_000);
    const food = await categoryByBuiltin(fx.api, 'food');
    const spend = (accountId: string, amount: number) =>
      call('transactions.record', {
        kind: 'expense',
        accountId,
        categoryId: food.id,
        amount,
        occurredAt: fx.clock.now(),
        timeZone: TZ,
      });
    await spend(wallet.id, 100);
    await spend(gbp.id, 90_000);
    const report = await call<AnalyticsReport>('analytics.report', {
      from: '2026-11',
      to: '2026-11',
    });
    expect(report).toMatchObject({ currency: 'CNY', currencies: ['GBP', 'CNY', 'USD'] });
    expect(report.totals.expense).toBe(100);
    // Picking another is honoured, and what is picked is always listed.
    const picked = await call<AnalyticsReport>('analytics.report', {
      from: '2026-11',
      to: '2026-11',
      currency: 'JPY',
    });
    expect(picked).toMatchObject({ currency: 'JPY', currencies: ['JPY', 'GBP', 'CNY', 'USD'] });
    // A month when only the GBP card moved shows GBP.
    fx.clock.set(Date.UTC(2026, 11, 3, 4));
    await spend(gbp.id, 1_000);
    const december = await call<AnalyticsReport>('analytics.report', {
      from: '2026-12',
      to: '2026-12',
    });
    expect(december).toMatchObject({ currency: 'GBP', totals: { expense: 1_000 } });
  });
});
