import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account, Counterparty } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import type {
  LimitsView,
  MoneyResult,
  PaymentPreview,
  Promotion,
  Receipt,
  RiskAlert,
} from '../../../src/shared/payments';
import type { Result } from '../../../src/shared/result';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import { categoryByBuiltin, moneySnapshot } from '../../support/ledger-fixture';

const PIN = '258036';
const TZ = 'Asia/Shanghai';
const YUAN = 100;
let fx: GatewayFixture;
let wallet: Account;
let bank: Account;

async function call<T>(method: string, input?: unknown): Promise<T> {
  return ok<T>(await fx.gateway.call(method, input));
}

async function expectUnchanged(work: () => Promise<Result<unknown>>, code: string) {
  const before = await moneySnapshot(fx.db);
  const result = await work();
  expect(result).toMatchObject({ ok: false, error: { code } });
  expect(await moneySnapshot(fx.db)).toEqual(before);
  expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
  return result;
}

function pay(amount: number, extra: Record<string, unknown> = {}) {
  return fx.gateway.call('payments.create', {
    requestId: newId(),
    accountId: wallet.id,
    merchant: { name: 'Luckin Coffee' },
    amount,
    timeZone: TZ,
    auth: { pin: PIN },
    ...extra,
  });
}

/** Real-name verification: the tier whose limits leave room for the large payments here. */
function verifyIdentity() {
  return call('identity.verify', {
    kind: 'cn_resident',
    name: '张三',
    number: '11010519491231002X',
    pin: PIN,
  });
}

beforeEach(async () => {
  fx = await freshGateway();
  // 10:00 in Shanghai: daytime, so the night rule stays out of the way unless a test wants it.
  fx.clock.set(Date.UTC(2026, 10, 25, 2, 0));
  await call('security.setupPin', { pin: PIN });
  wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 3_000 * YUAN,
  });
  bank = await call<Account>('accounts.create', {
    kind: 'bank_card',
    name: 'ICBC',
    currency: 'CNY',
    openingBalance: 50_000 * YUAN,
  });
});
afterEach(() => fx.close());

describe('payments.create', () => {
  it('pays a new merchant, keeps a receipt and tells the OS', async () => {
    const result = await call<MoneyResult>('payments.create', {
      requestId: newId(),
      accountId: wallet.id,
      merchant: { name: 'Luckin Coffee' },
      amount: 1_990,
      timeZone: TZ,
      memo: 'latte',
      orderRef: 'ORD-77',
      auth: { pin: PIN },
    });
    const receipt = await call<Receipt>('receipts.get', { id: result.transaction.id });
    expect(receipt.transaction).toMatchObject({
      kind: 'payment',
      amount: 1_990,
      balanceAfter: 298_010,
      orderRef: 'ORD-77',
    });
    expect(receipt.transaction.receiptNo).toMatch(/^20261125\d{8}$/);
    expect(receipt.counterpartyName).toBe('Luckin Coffee');
    await fx.gateway.idle();
    expect(fx.notifications).toEqual([
      {
        title: 'Payment complete',
        body: 'CN¥19.90 paid to Luckin Coffee',
        tag: result.transaction.id,
      },
    ]);
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
  });

  it('applies the best valid coupon and tracks the money saved', async () => {
    const now = fx.clock.now();
    const coupon = (extra: Record<string, unknown>) =>
      call<Promotion>('promotions.create', {
        currency: 'CNY',
        validFrom: now - 1000,
        validTo: now + 86_400_000,
        maxUses: 1,
        ...extra,
      });
    await coupon({ name: '5% off', kind: 'percent', percentBp: 500 });
    const best = await coupon({
      name: '¥10 off over ¥50',
      kind: 'threshold',
      amountOff: 10 * YUAN,
      minSpend: 50 * YUAN,
    });
    await coupon({
      name: '¥30 off over ¥100',
      kind: 'threshold',
      amountOff: 30 * YUAN,
      minSpend: 100 * YUAN,
    });

    const preview = await call<PaymentPreview>('payments.preview', {
      accountId: wallet.id,
      merchant: { name: 'Hema' },
      amount: 80 * YUAN,
      timeZone: TZ,
    });
    expect(preview).toMatchObject({
      discount: 10 * YUAN,
      total: 70 * YUAN,
      promotion: { id: best.id },
      problem: null,
    });

    const paid = ok<MoneyResult>(await pay(80 * YUAN, { merchant: { name: 'Hema' } }));
    expect(paid.transaction).toMatchObject({
      grossAmount: 80 * YUAN,
      discount: 10 * YUAN,
      amount: 70 * YUAN,
      promotionId: best.id,
    });
    const [after] = (await call<Promotion[]>('promotions.list', {})).filter(
      (p) => p.id === best.id,
    );
    expect(after).toMatchObject({ uses: 1, saved: 10 * YUAN });
    const accounts = await call<Account[]>('accounts.list', {});
    expect(accounts.find((a) => a.id === wallet.id)?.balance).toBe(3_000 * YUAN - 70 * YUAN);

    // Used up now: naming it explicitly is refused and changes nothing.
    await expectUnchanged(
      () => pay(80 * YUAN, { merchant: { name: 'Hema' }, promotion: { id: best.id } }),
      'PROMOTION_INVALID',
    );
  });

  it('refuses an expired coupon by name', async () => {
    const now = fx.clock.now();
    const old = await call<Promotion>('promotions.create', {
      name: 'Old',
      kind: 'fixed',
      amountOff: 100,
      currency: 'CNY',
      validFrom: now - 10_000,
      validTo: now - 1,
      maxUses: 5,
    });
    const result = await expectUnchanged(
      () => pay(1_000, { promotion: { id: old.id } }),
      'PROMOTION_INVALID',
    );
    expect(result).toMatchObject({ error: { details: { reason: 'expired' } } });
  });

  it('refuses without the PIN, with a wrong PIN, and while PIN use is locked — changing nothing', async () => {
    await expectUnchanged(() => pay(1_000, { auth: {} }), 'VALIDATION');
    await expectUnchanged(() => pay(1_000, { auth: { pin: '000001' } }), 'PIN_WRONG');
    for (let i = 0; i < 4; i += 1) await pay(1_000, { auth: { pin: '000001' } });
    await expectUnchanged(() => pay(1_000), 'PIN_LOCKED');
  });

  it('makes one payment, never two, for a double click on Confirm', async () => {
    const input = {
      requestId: newId(),
      accountId: wallet.id,
      merchant: { name: 'Luckin Coffee' },
      amount: 1_500,
      timeZone: TZ,
      auth: { pin: PIN },
    };
    const [first, second] = await Promise.all([
      fx.gateway.call('payments.create', input),
      fx.gateway.call('payments.create', input),
    ]);
    expect(ok<MoneyResult>(first).transaction.id).toBe(ok<MoneyResult>(second).transaction.id);
    const payments = (await fx.api['transactions.recent']({ limit: 50 })).filter(
      (t) => t.kind === 'payment',
    );
    expect(payments).toHaveLength(1);
  });

  it('refuses a request id sent again with a different body, and moves no money for it', async () => {
    const requestId = newId();
    const first = ok<MoneyResult>(await pay(1_500, { requestId }));
    await expectUnchanged(() => pay(150_000, { requestId }), 'REQUEST_CONFLICT');
    await expectUnchanged(
      () => pay(1_500, { requestId, merchant: { name: 'Another shop' } }),
      'REQUEST_CONFLICT',
    );
    await expectUnchanged(
      () =>
        fx.gateway.call('topups.create', {
          requestId,
          fromAccountId: bank.id,
          toAccountId: wallet.id,
          amount: 1_500,
          timeZone: TZ,
          auth: { pin: PIN },
        }),
      'REQUEST_CONFLICT',
    );
    expect(ok<MoneyResult>(await pay(1_500, { requestId })).transaction.id).toBe(
      first.transaction.id,
    );
  });

  it('answers twenty copies of one request sent together with one payment, and a changed copy with REQUEST_CONFLICT', async () => {
    const requestId = newId();
    const results = await Promise.all([
      ...Array.from({ length: 20 }, () => pay(1_000, { requestId })),
      pay(9_000, { requestId }),
    ]);
    const ids = new Set(results.slice(0, 20).map((r) => ok<MoneyResult>(r).transaction.id));
    expect(ids.size).toBe(1);
    expect(results[20]).toMatchObject({ ok: false, error: { code: 'REQUEST_CONFLICT' } });
    const payments = (await fx.api['transactions.recent']({ limit: 50 })).filter(
      (t) => t.kind === 'payment',
    );
    expect(payments).toHaveLength(1);
  });

  it.each([
    ['zero', 0],
    ['negative', -100],
    ['fractional', 1.5],
    ['absurd', Number.MAX_SAFE_INTEGER + 10],
  ])('refuses a %s amount with VALIDATION', async (_label, amount) => {
    await expectUnchanged(() => pay(amount), 'VALIDATION');
  });

  it('refuses payment from an archived account and says so', async () => {
    await call('accounts.archive', { id: wallet.id });
    await expectUnchanged(() => pay(1_000), 'ACCOUNT_ARCHIVED');
  });

  it('refuses more than the balance', async () => {
    await call('limits.set', {});
    const poor = await call<Account>('accounts.create', {
      kind: 'cash',
      name: 'Cash',
      currency: 'CNY',
      openingBalance: 5 * YUAN,
    });
    await expectUnchanged(() => pay(6 * YUAN, { accountId: poor.id }), 'INSUFFICIENT_FUNDS');
  });
});

describe('payments.preview', () => {
  it('suggests the category of the merchant’s latest payment by date, not the last one recorded', async () => {
    const [food, transport] = await Promise.all([
      categoryByBuiltin(fx.api, 'food'),
      categoryByBuiltin(fx.api, 'transport'),
    ]);
    const first = ok<MoneyResult>(await pay(20 * YUAN, { categoryId: transport.id }));
    const merchantId = first.transaction.counterpartyId!;
    const ask = () =>
      call<PaymentPreview>('payments.preview', {
        accountId: wallet.id,
        merchant: { id: merchantId },
        amount: 20 * YUAN,
        timeZone: TZ,
      });
    expect((await ask()).suggestedCategoryId).toBe(transport.id);

    // Recorded afterwards but dated a week earlier, and a refund after both: neither is the
    // latest payment.
    await call('transactions.record', {
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food.id,
      counterpartyId: merchantId,
      amount: 5 * YUAN,
      occurredAt: fx.clock.now() - 7 * 86_400_000,
      timeZone: TZ,
    });
    fx.clock.advance(60_000);
    await call('refunds.create', {
      requestId: newId(),
      paymentId: first.transaction.id,
      amount: 5 * YUAN,
      timeZone: TZ,
      auth: { pin: PIN },
    });
    expect((await ask()).suggestedCategoryId).toBe(transport.id);

    // A later payment in another category becomes the suggestion, and a payment that names
    // no category is filed under it.
    fx.clock.advance(60_000);
    await pay(30 * YUAN, { merchant: { id: merchantId }, categoryId: food.id });
    expect((await ask()).suggestedCategoryId).toBe(food.id);
    const filed = ok<MoneyResult>(await pay(10 * YUAN, { merchant: { id: merchantId } }));
    expect(filed.transaction.categoryId).toBe(food.id);
  });
});

describe('limits by verification tier', () => {
  it('caps an unverified person at ¥500 a payment and says how much room is left today', async () => {
    const result = await expectUnchanged(() => pay(501 * YUAN), 'LIMIT_EXCEEDED');
    expect(result).toMatchObject({
      error: { details: { limit: 'perPayment', roomToday: 1_000 * YUAN, tier: 'basic' } },
    });
  });

  it('hits the daily limit, then real-name verification raises it and the payment goes through', async () => {
    ok(await pay(400 * YUAN));
    ok(await pay(400 * YUAN, { auth: { pin: PIN, stepUpPin: PIN, confirmRisk: true } }));
    const refused = await expectUnchanged(() => pay(300 * YUAN), 'LIMIT_EXCEEDED');
    expect(refused).toMatchObject({
      error: { details: { limit: 'daily', roomToday: 200 * YUAN } },
    });

    await expectUnchanged(
      () =>
        fx.gateway.call('identity.verify', {
          kind: 'cn_resident',
          name: '张三',
          number: '110105194912310021',
          pin: PIN,
        }),
      'IDENTITY_INVALID',
    );
    await verifyIdentity();
    const limits = await call<LimitsView>('limits.get', { currency: 'CNY', timeZone: TZ });
    expect(limits).toMatchObject({
      tier: 'verified',
      usedToday: 800 * YUAN,
      roomToday: 19_200 * YUAN,
    });
    ok(await pay(300 * YUAN));
  });

  it('raises a verified person to trusted after 90 days with no failed or blocked payment', async () => {
    await call('identity.verify', {
      kind: 'passport',
      name: 'Mei Lin',
      number: 'E12345678',
      pin: PIN,
    });
    fx.clock.advance(89 * 86_400_000);
    await call('security.unlock', { pin: PIN });
    expect((await call<LimitsView>('limits.get', {})).tier).toBe('verified');
    fx.clock.advance(2 * 86_400_000);
    await call('security.unlock', { pin: PIN });
    expect((await call<LimitsView>('limits.get', {})).tier).toBe('trusted');
  });

  it('lets the person lower a limit at any time, but never above the tier', async () => {
    const lowered = await call<LimitsView>('limits.set', { perPayment: 100 });
    expect(lowered.effective.perPayment).toBe(100);
    await expectUnchanged(() => pay(101 * YUAN), 'LIMIT_EXCEEDED');
    const raised = await call<LimitsView>('limits.set', { perPayment: 99_999, pin: PIN });
    expect(raised.effective.perPayment).toBe(500);
  });

  it('raises or lifts an own cap only with the PIN, and logs it', async () => {
    await call('limits.set', { perPayment: 100, daily: 300 });
    for (const change of [{ perPayment: 200 }, { daily: null }, { perPayment: 50, daily: 400 }]) {
      const refused = await fx.gateway.call('limits.set', change);
      expect(refused, JSON.stringify(change)).toMatchObject({
        ok: false,
        error: { code: 'PIN_REQUIRED' },
      });
    }
    expect((await call<LimitsView>('limits.get', {})).userLimits).toEqual({
      perPayment: 100,
      daily: 300,
    });
    await expectUnchanged(() => pay(101 * YUAN), 'LIMIT_EXCEEDED');
    await call('limits.set', { daily: null, pin: PIN });
    expect((await call<LimitsView>('limits.get', {})).userLimits).toEqual({ perPayment: 100 });
    const log = await call<{ kind: string }[]>('security.log', {});
    expect(log.filter((event) => event.kind === 'limits.raised')).toHaveLength(1);
  });

  it('decides a rise against the caps stored when it runs, even when changes arrive together', async () => {
    await call('limits.set', { perPayment: 300 });
    // Alone, 200 lowers the 300; after the 100 beside it lands first, it would raise it.
    const [first, second] = await Promise.all([
      fx.gateway.call('limits.set', { perPayment: 100 }),
      fx.gateway.call('limits.set', { perPayment: 200 }),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'PIN_REQUIRED' } });
    expect((await call<LimitsView>('limits.get', {})).userLimits).toEqual({ perPayment: 100 });
  });
});

describe('risk checks', () => {
  it('asks for a step-up for a large payment to a new payee, and lets it through with the PIN again', async () => {
    await verifyIdentity();
    const stopped = await expectUnchanged(
      () => pay(2_500 * YUAN, { merchant: { name: 'Apple Store' } }),
      'STEP_UP_REQUIRED',
    );
    expect(stopped).toMatchObject({
      error: { details: { reasons: 'new-payee-large', method: 'pin' } },
    });
    ok(
      await pay(2_500 * YUAN, {
        merchant: { name: 'Apple Store' },
        auth: { pin: PIN, stepUpPin: PIN, confirmRisk: true },
      }),
    );
    const alerts = await call<RiskAlert[]>('risk.alerts', {});
    expect(alerts.map((a) => a.result)).toEqual(['completed', 'stopped']);
  });

  it('does not treat a merchant paid over a year ago as a new payee', async () => {
    await verifyIdentity();
    ok(await pay(100 * YUAN, { merchant: { name: 'Apple Store' } }));
    // Long past the three months of recent history: only the old payment says it is known.
    fx.clock.advance(400 * 86_400_000);
    await call('security.unlock', { pin: PIN });
    const paid = ok<MoneyResult>(await pay(2_500 * YUAN, { merchant: { name: 'Apple Store' } }));
    expect(paid.risk.reasons).not.toContain('new-payee-large');
    // A merchant never paid, the same day, is asked about.
    await expectUnchanged(
      () => pay(2_500 * YUAN, { accountId: bank.id, merchant: { name: 'Huawei Store' } }),
      'STEP_UP_REQUIRED',
    );
  });

  it('flags a large payment at night', async () => {
    await verifyIdentity();
    ok(await pay(10 * YUAN, { merchant: { name: 'Night Market' } }));
    fx.clock.set(Date.UTC(2026, 10, 25, 18, 30)); // 02:30 in Shanghai
    await call('security.unlock', { pin: PIN });
    const result = await expectUnchanged(
      () => pay(1_500 * YUAN, { merchant: { name: 'Night Market' } }),
      'STEP_UP_REQUIRED',
    );
    expect(result).toMatchObject({ error: { details: { reasons: 'night-large' } } });
  });

  it('blocks the tenth payment in ten minutes', async () => {
    for (let i = 0; i < 4; i += 1) ok(await pay(YUAN));
    for (let i = 0; i < 5; i += 1)
      ok(await pay(YUAN, { auth: { pin: PIN, stepUpPin: PIN, confirmRisk: true } }));
    await expectUnchanged(
      () => pay(YUAN, { auth: { pin: PIN, stepUpPin: PIN, confirmRisk: true } }),
      'RISK_BLOCKED',
    );
    const [latest] = await call<RiskAlert[]>('risk.alerts', {});
    expect(latest).toMatchObject({ result: 'blocked', reasons: ['burst'] });
  });

  it('asks for a step-up far above the usual for that merchant, and blocks far, far above it', async () => {
    for (let i = 0; i < 3; i += 1) ok(await pay(10 * YUAN));
    const stepUp = await expectUnchanged(() => pay(60 * YUAN), 'STEP_UP_REQUIRED');
    expect(stepUp).toMatchObject({ error: { details: { reasons: 'far-above-usual' } } });
    await expectUnchanged(
      () => pay(250 * YUAN, { auth: { pin: PIN, stepUpPin: PIN, confirmRisk: true } }),
      'RISK_BLOCKED',
    );
    const [latest] = await call<RiskAlert[]>('risk.alerts', {});
    expect(latest).toMatchObject({ result: 'blocked', reasons: ['far-above-usual'] });
  });

  it('asks for a step-up far above the usual for the category, even at a new merchant, but never blocks for it', async () => {
    const [food] = await call<{ id: string }[]>('categories.list', { kind: 'expense' });
    for (const name of ['Noodle Bar', 'Dumpling House', 'Tea Shop'])
      ok(await pay(10 * YUAN, { merchant: { name }, categoryId: food!.id }));
    const bistro = { merchant: { name: 'Fancy Bistro' }, categoryId: food!.id };
    const stepUp = await expectUnchanged(() => pay(250 * YUAN, bistro), 'STEP_UP_REQUIRED');
    expect(stepUp).toMatchObject({ error: { details: { reasons: 'far-above-usual' } } });
    ok(await pay(250 * YUAN, { ...bistro, auth: { pin: PIN, stepUpPin: PIN, confirmRisk: true } }));
  });

  it('learns from an alert marked expected: the same payee and amount pass without a step-up', async () => {
    await verifyIdentity();
    const merchant = await call<Counterparty>('counterparties.create', {
      kind: 'merchant',
      name: 'Landlord Co',
    });
    const rent = (auth: Record<string, unknown> = { pin: PIN }) =>
      pay(2_500 * YUAN, { accountId: bank.id, merchant: { id: merchant.id }, auth });
    expect(await rent()).toMatchObject({ ok: false, error: { code: 'STEP_UP_REQUIRED' } });
    ok(await rent({ pin: PIN, stepUpPin: PIN, confirmRisk: true }));
    const [completed] = await call<RiskAlert[]>('risk.alerts', {});
    expect(completed).toMatchObject({ result: 'completed', reasons: ['new-payee-large'] });
    await call('risk.markExpected', { id: completed!.id });
    ok(await rent());
  });
});

describe('transfers, top-ups and refunds', () => {
  it('sends money to a new contact with a memo, within the limits', async () => {
    const result = ok<MoneyResult>(
      await fx.gateway.call('transfers.create', {
        requestId: newId(),
        accountId: wallet.id,
        to: { newContact: { name: '李雷', note: '138****0000' } },
        amount: 200 * YUAN,
        memo: 'dinner split',
        timeZone: TZ,
        auth: { pin: PIN },
      }),
    );
    expect(result.transaction).toMatchObject({
      kind: 'p2p',
      amount: 200 * YUAN,
      memo: 'dinner split',
    });
    const limits = await call<LimitsView>('limits.get', { timeZone: TZ });
    expect(limits.usedToday).toBe(200 * YUAN);
    expect((await fx.api['ledger.verify'](undefined)).problems).toEqual([]);
  });

  it('does not treat a contact sent money over a year ago as a new payee', async () => {
    await verifyIdentity();
    const send = (to: Record<string, unknown>, amount: number) =>
      fx.gateway.call('transfers.create', {
        requestId: newId(),
        accountId: bank.id,
        to,
        amount,
        timeZone: TZ,
        auth: { pin: PIN },
      });
    const first = ok<MoneyResult>(await send({ newContact: { name: '李雷' } }, 100 * YUAN));
    fx.clock.advance(400 * 86_400_000);
    await call('security.unlock', { pin: PIN });
    const again = ok<MoneyResult>(
      await send({ contactId: first.transaction.counterpartyId }, 2_500 * YUAN),
    );
    expect(again.risk.reasons).not.toContain('new-payee-large');
    const stranger = await expectUnchanged(
      () => send({ newContact: { name: '韩梅梅' } }, 2_500 * YUAN),
      'STEP_UP_REQUIRED',
    );
    expect(JSON.stringify(stranger)).toContain('new-payee-large');
  });

  it('moves money between own accounts without touching the limits', async () => {
    ok(
      await fx.gateway.call('transfers.create', {
        requestId: newId(),
        accountId: bank.id,
        to: { accountId: wallet.id },
        amount: 5_000 * YUAN,
        timeZone: TZ,
        auth: { pin: PIN },
      }),
    );
    expect((await call<LimitsView>('limits.get', { timeZone: TZ })).usedToday).toBe(0);
  });

  it('tops up the wallet from the bank card and withdraws back, and refuses the wrong direction', async () => {
    const move = (method: string, from: Account, to: Account, amount: number) =>
      fx.gateway.call(method, {
        requestId: newId(),
        fromAccountId: from.id,
        toAccountId: to.id,
        amount,
        timeZone: TZ,
        auth: { pin: PIN },
      });
    ok(await move('topups.create', bank, wallet, 1_000 * YUAN));
    ok(await move('withdrawals.create', wallet, bank, 500 * YUAN));
    await expectUnchanged(() => move('topups.create', wallet, bank, 100), 'VALIDATION');
    const balances = Object.fromEntries(
      (await call<Account[]>('accounts.list', {})).map((a) => [a.name, a.balance]),
    );
    expect(balances).toEqual({ Wallet: 3_500 * YUAN, ICBC: 49_500 * YUAN });
  });

  it('refunds part of a payment, then the rest, and refuses a third refund — deleting nothing', async () => {
    const paid = ok<MoneyResult>(await pay(100 * YUAN));
    const refund = (amount?: number) =>
      fx.gateway.call('refunds.create', {
        requestId: newId(),
        paymentId: paid.transaction.id,
        timeZone: TZ,
        auth: { pin: PIN },
        ...(amount ? { amount } : {}),
      });
    ok(await refund(30 * YUAN));
    await expectUnchanged(() => refund(80 * YUAN), 'REFUND_INVALID');
    ok(await refund());
    await expectUnchanged(() => refund(), 'REFUND_INVALID');
    const receipt = await call<Receipt>('receipts.get', { id: paid.transaction.id });
    expect(receipt.refunded).toBe(100 * YUAN);
    const accounts = await call<Account[]>('accounts.list', {});
    expect(accounts.find((a) => a.id === wallet.id)?.balance).toBe(3_000 * YUAN);
    const kinds = (await fx.api['transactions.recent']({ limit: 10 })).map((t) => t.kind);
    expect(kinds.filter((k) => k === 'payment')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'refund')).toHaveLength(2);
  });
});
