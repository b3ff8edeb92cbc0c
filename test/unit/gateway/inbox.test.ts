import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SEALED_FIELD } from '../../../src/ledger/crypto/sealing-middleware';
import { runBillScheduler } from '../../../src/gateway/bill-scheduler';
import type { Account, Category } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import type { InboxEntry, InboxList } from '../../../src/shared/inbox';
import type { Result } from '../../../src/shared/result';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import { categoryByBuiltin } from '../../support/ledger-fixture';

const PIN = '258036';
const TZ = 'Asia/Shanghai';
const YUAN = 100;
const open: GatewayFixture[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((fx) => fx.close()));
});

interface Ledger {
  readonly fx: GatewayFixture;
  readonly wallet: Account;
  readonly food: Category;
  readonly call: <T>(method: string, input?: unknown) => Promise<T>;
}

/** A ledger with a PIN, a wallet of ¥3,000 and a ¥100 food budget for November 2026. */
async function ledgerWithFoodBudget(): Promise<Ledger> {
  const fx = await freshGateway();
  open.push(fx);
  fx.clock.set(Date.UTC(2026, 10, 25, 2, 0));
  const call = async <T>(method: string, input?: unknown) =>
    ok<T>(await fx.gateway.call(method, input));
  await call('security.setupPin', { pin: PIN });
  const wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 3_000 * YUAN,
  });
  const food = await categoryByBuiltin(fx.api, 'food');
  await call('budgets.set', { categoryId: food.id, month: '2026-11', amount: 100 * YUAN });
  return { fx, wallet, food, call };
}

function payForFood(ledger: Ledger, amount: number): Promise<Result<unknown>> {
  return ledger.fx.gateway.call('payments.create', {
    requestId: newId(),
    accountId: ledger.wallet.id,
    merchant: { name: 'Hema' },
    amount,
    categoryId: ledger.food.id,
    timeZone: TZ,
    // A burst of payments asks for the step-up: the PIN again, with an explicit yes.
    auth: { pin: PIN, stepUpPin: PIN, confirmRisk: true },
  });
}

function electricity(ledger: Ledger, extra: Record<string, unknown> = {}) {
  return {
    name: 'State Grid electricity',
    billerKind: 'electricity',
    accountNumber: '0101-2233-4455',
    payFromAccountId: ledger.wallet.id,
    categoryId: ledger.food.id,
    amountKind: 'fixed',
    amount: 18_000,
    firstDue: '2026-11-28',
    schedule: { kind: 'monthly', dayOfMonth: 28 },
    remindDaysBefore: 2,
    timeZone: TZ,
    ...extra,
  };
}

const quietScheduler = (fx: GatewayFixture) => ({
  ledger: fx.api,
  internal: fx.internal,
  notifier: { notify: () => undefined },
  systemLocale: 'en-US',
  timeZone: TZ,
});

/** Each call's outcome, `ok` or its error code, in a stable order. */
const outcomes = (results: readonly Result<unknown>[]) =>
  results
    .map((result) => (result.ok ? 'ok' : result.error.code))
    .sort((a, b) => (a === 'ok' ? -1 : b === 'ok' ? 1 : a.localeCompare(b)));

/** What an entry says, without its id and time: the same whichever order the writes ran. */
const meaning = (entry: InboxEntry) => ({
  kind: entry.kind,
  params: entry.params,
  read: entry.read,
});

describe('the inbox', () => {
  it('is empty on a new ledger', async () => {
    const { call } = await ledgerWithFoodBudget();
    expect(await call<InboxList>('inbox.list')).toEqual({ entries: [], unread: 0 });
  });

  it('gets exactly one entry when 10 payments sent together cross a budget’s 80%, as one at a time does', async () => {
    const together = await ledgerWithFoodBudget();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => payForFood(together, 9 * YUAN)),
    );
    // The tenth payment in ten minutes is blocked as a burst, together as one at a time.
    expect(outcomes(results)).toEqual([...Array.from({ length: 9 }, () => 'ok'), 'RISK_BLOCKED']);
    await together.fx.gateway.idle();
    const sentTogether = await together.call<InboxList>('inbox.list');

    const oneByOne = await ledgerWithFoodBudget();
    const inTurn: Result<unknown>[] = [];
    for (let i = 0; i < 10; i++) {
      inTurn.push(await payForFood(oneByOne, 9 * YUAN));
      await oneByOne.fx.gateway.idle();
    }
    expect(outcomes(inTurn)).toEqual(outcomes(results));
    const sentOneByOne = await oneByOne.call<InboxList>('inbox.list');
    const budgetOnly = (list: InboxList) =>
      list.entries.filter((entry) => entry.kind === 'budget-alert');

    // The burst's risk alerts are entries too, as many together as one at a time.
    const riskCount = (list: InboxList) =>
      list.entries.filter((entry) => entry.kind === 'risk-alert').length;
    expect(riskCount(sentTogether)).toBe(riskCount(sentOneByOne));
    expect(budgetOnly(sentTogether)).toHaveLength(1);
    expect(sentTogether.unread).toBe(sentTogether.entries.length);
    expect(budgetOnly(sentTogether)[0]).toMatchObject({
      kind: 'budget-alert',
      read: false,
      params: { categoryId: together.food.id, month: '2026-11', threshold: 80, currency: 'CNY' },
    });
    expect(budgetOnly(sentTogether).map(meaning)).toEqual(
      budgetOnly(sentOneByOne).map((entry) => ({
        ...meaning(entry),
        params: { ...entry.params, categoryId: together.food.id },
      })),
    );
    // The OS was told once too.
    const budgetNotices = together.fx.notifications.filter((n) => n.title.includes('budget'));
    expect(budgetNotices.map((n) => n.title)).toEqual(['Food & dining budget 80% used']);
  });

  it('lists budget alerts and bill reminders newest first, and marks them read', async () => {
    const ledger = await ledgerWithFoodBudget();
    const { fx, call } = ledger;
    await call('bills.create', electricity(ledger));
    const deps = quietScheduler(fx);
    // Asked as of 2026-11-26 09:00 in Shanghai, two days before the 28th: the reminder.
    await runBillScheduler(deps, Date.UTC(2026, 10, 26, 1, 0));
    fx.clock.advance(60_000);
    expect(await payForFood(ledger, 85 * YUAN)).toMatchObject({ ok: true });
    await fx.gateway.idle();
    // The scheduler's next pass repeats nothing.
    await runBillScheduler(deps, Date.UTC(2026, 10, 26, 1, 1));

    const listed = await call<InboxList>('inbox.list');
    expect(listed.unread).toBe(2);
    expect(listed.entries.map((entry) => entry.kind)).toEqual(['budget-alert', 'bill-notice']);
    expect(listed.entries[1]).toMatchObject({
      params: {
        kind: 'reminder',
        billName: 'State Grid electricity',
        dueDate: '2026-11-28',
        amount: 18_000,
      },
    });
    expect(await call<InboxList>('inbox.list', { limit: 1 })).toMatchObject({
      entries: [{ kind: 'budget-alert' }],
      unread: 2,
    });

    const [newest, older] = listed.entries as [InboxEntry, InboxEntry];
    const afterOne = await call<InboxList>('inbox.markRead', { ids: [older.id] });
    expect(afterOne.unread).toBe(1);
    expect(afterOne.entries.map((entry) => entry.read)).toEqual([false, true]);
    // Ids that are no entry (the month's report claim, a made-up one) change nothing.
    expect((await call<InboxList>('inbox.markRead', { ids: ['nothing|here'] })).unread).toBe(1);
    const afterAll = await call<InboxList>('inbox.markRead', { all: true });
    expect(afterAll).toMatchObject({
      unread: 0,
      entries: [{ id: newest.id, read: true }, { read: true }],
    });
  });

  it('keeps entries sealed at rest: no category id, bill name or amount in clear', async () => {
    const ledger = await ledgerWithFoodBudget();
    expect((await payForFood(ledger, 90 * YUAN)).ok).toBe(true);
    await ledger.fx.gateway.idle();
    const raw = new Dexie(ledger.fx.db.name);
    await raw.open();
    const rows = (await raw.table('billNotices').toArray()) as Record<string, unknown>[];
    raw.close();
    const entry = rows.find((row) => String(row.id).startsWith('budget|'));
    expect(entry).toBeDefined();
    // Only the id is in clear; the message, its amounts and the read mark are sealed.
    expect(Object.keys(entry!).sort()).toEqual([SEALED_FIELD, 'id'].sort());
    expect(entry![SEALED_FIELD]).toBeInstanceOf(Uint8Array);
    expect(await ledger.call<InboxList>('inbox.list')).toMatchObject({
      entries: [{ params: { spent: 9_000 } }],
    });
  });

  it('tells a schedule that posted on its own and one waiting for a confirm, once each, across passes', async () => {
    const ledger = await ledgerWithFoodBudget();
    const salary = await categoryByBuiltin(ledger.fx.api, 'salary');
    const contact = await ledger.call<{ id: string }>('counterparties.create', {
      kind: 'contact',
      name: 'Mum',
    });
    const common = {
      payFromAccountId: ledger.wallet.id,
      amountKind: 'fixed',
      firstDue: '2026-11-28',
      schedule: { kind: 'monthly', dayOfMonth: 28 },
      remindDaysBefore: 0,
      timeZone: TZ,
    };
    await ledger.call('bills.create', {
      ...common,
      kind: 'income',
      name: 'Salary',
      categoryId: salary.id,
      amount: 12_000 * YUAN,
      autopay: true,
    });
    await ledger.call('bills.create', {
      ...common,
      kind: 'contact',
      name: 'Pocket money',
      contactId: contact.id,
      amount: 500 * YUAN,
    });
    ledger.fx.clock.set(Date.UTC(2026, 10, 28, 1, 0));
    // Two passes at once, then a later one: each entry once.
    await Promise.all([
      runBillScheduler(quietScheduler(ledger.fx), Date.UTC(2026, 10, 28, 1, 0)),
      runBillScheduler(quietScheduler(ledger.fx), Date.UTC(2026, 10, 28, 1, 0)),
    ]);
    await runBillScheduler(quietScheduler(ledger.fx), Date.UTC(2026, 10, 28, 1, 5));
    await ledger.call('security.unlock', { pin: PIN });
    const listed = await ledger.call<InboxList>('inbox.list');
    const said = listed.entries
      .map((entry) =>
        entry.kind === 'bill-notice' ? `${entry.params.billName}:${entry.params.kind}` : '',
      )
      .sort();
    expect(said).toEqual(['Pocket money:waiting', 'Salary:autopay-paid']);
    expect(listed.unread).toBe(2);
    const wallet = (await ledger.call<Account[]>('accounts.list', {})).find(
      (account) => account.id === ledger.wallet.id,
    );
    // The salary arrived; the money to Mum waits for the PIN.
    expect(wallet?.balance).toBe(15_000 * YUAN);
  });

  it('dismisses an entry for good: gone from the list and the count, and not told again', async () => {
    const ledger = await ledgerWithFoodBudget();
    await ledger.call('bills.create', electricity(ledger));
    await runBillScheduler(quietScheduler(ledger.fx), Date.UTC(2026, 10, 26, 1, 0));
    const [entry] = (await ledger.call<InboxList>('inbox.list')).entries;
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        ledger.fx.gateway.call('inbox.dismiss', { ids: [entry!.id] }),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    await runBillScheduler(quietScheduler(ledger.fx), Date.UTC(2026, 10, 26, 1, 5));
    expect(await ledger.call<InboxList>('inbox.list')).toEqual({ entries: [], unread: 0 });
  });

  it('is refused while Purse is locked, and refuses bad input', async () => {
    const { call, fx } = await ledgerWithFoodBudget();
    expect(await fx.gateway.call('inbox.markRead', { ids: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await fx.gateway.call('inbox.markRead', { all: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await call('security.lock');
    expect(await fx.gateway.call('inbox.list', undefined)).toMatchObject({
      ok: false,
      error: { code: 'APP_LOCKED' },
    });
  });
});
