import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import {
  freshProfile,
  openHarness,
  send,
  tally,
  type Outcome,
  type PurseCall,
  type Sending,
} from './support/concurrent-calls';
import { purseIn, TIME_ZONE } from './support/purse-calls';
import { TEST_PIN } from './support/security';

/**
 * Guards under pressure: calls sent together through window.purse end exactly as the same
 * calls sent one after another in a fresh profile — the same successes, the same refusals,
 * for the same reasons — and leave a ledger that checks out.
 */

const YUAN = 100;
const OPENING = 5_000 * YUAN;
const WRONG_PIN = '147025';
// Scrypt runs in the page for every PIN: give a slow, shared machine room.
const SLOW = 300_000;

/** A fresh profile with its PIN set (which unlocks it) and a wallet of CN¥5,000.00. */
async function walletProfile(page: Page): Promise<{ walletId: string }> {
  await openHarness(page);
  const purse = purseIn(page);
  await purse.security.setupPin({ pin: TEST_PIN });
  const wallet = await purse.accounts.create({
    kind: 'wallet',
    name: 'Daily wallet',
    currency: 'CNY',
    openingBalance: OPENING,
    timeZone: TIME_ZONE,
  });
  return { walletId: wallet.id };
}

/** `count` payments of `amount` to one shop, each with its own request id and the step-up passed. */
function payments(walletId: string, count: number, amount: number): PurseCall[] {
  return Array.from({ length: count }, () => ({
    method: 'payments.create',
    input: {
      accountId: walletId,
      merchant: { name: 'Corner Shop' },
      amount,
      timeZone: TIME_ZONE,
      requestId: crypto.randomUUID(),
      // The PIN and the step-up (the PIN again, with the risk confirmed): only a block stops it.
      auth: { pin: TEST_PIN, stepUpPin: TEST_PIN, confirmRisk: true },
    },
  }));
}

/** The wallet's balance, and what ledger.verify finds, after the calls. */
async function ledgerAfter(page: Page, walletId: string) {
  const purse = purseIn(page);
  const accounts = await purse.accounts.list({});
  const report = await purse.ledger.verify();
  return {
    balance: accounts.find((account) => account.id === walletId)?.balance,
    problems: report.problems,
    ok: report.ok,
  };
}

/** Runs the same payments in `page` (sent together) and in a fresh profile (one after another). */
async function paymentsBothWays(
  page: Page,
  browser: Parameters<typeof freshProfile>[0],
  count: number,
  amount: number,
): Promise<Record<Sending, { outcomes: Outcome[]; balance: number | undefined; ok: boolean }>> {
  const answers = {} as Record<
    Sending,
    { outcomes: Outcome[]; balance: number | undefined; ok: boolean }
  >;
  const serial = await freshProfile(browser);
  for (const [sending, on] of [
    ['together', page],
    ['one after another', serial.page],
  ] as const) {
    const { walletId } = await walletProfile(on);
    const outcomes = await send(on, payments(walletId, count, amount), sending);
    const after = await ledgerAfter(on, walletId);
    expect(after.problems, `ledger.verify after payments sent ${sending}`).toEqual([]);
    answers[sending] = { outcomes, balance: after.balance, ok: after.ok };
  }
  await serial.close();
  return answers;
}

test('forty unlocks sent together, the right PIN last, lock the PIN as forty one after another do', async ({
  page,
  browser,
}) => {
  test.setTimeout(SLOW);
  const unlocks: PurseCall[] = [
    ...Array.from({ length: 39 }, () => ({
      method: 'security.unlock',
      input: { pin: WRONG_PIN },
    })),
    { method: 'security.unlock', input: { pin: TEST_PIN } },
  ];
  const serial = await freshProfile(browser);
  const answers = {} as Record<Sending, Outcome[]>;
  for (const [sending, on] of [
    ['together', page],
    ['one after another', serial.page],
  ] as const) {
    await openHarness(on);
    const purse = purseIn(on);
    await purse.security.setupPin({ pin: TEST_PIN });
    await purse.security.lock();
    answers[sending] = await send(on, unlocks, sending);
    const status = await purse.security.status();
    expect(status.appLocked, `Purse stays locked after unlocks sent ${sending}`).toBe(true);
    expect(status.pinLockedUntil, `the PIN is locked out after unlocks sent ${sending}`).not.toBe(
      null,
    );
  }
  await serial.close();

  const expected = [
    ...Array<Outcome>(4).fill('PIN_WRONG'),
    ...Array<Outcome>(36).fill('PIN_LOCKED'),
  ];
  expect(answers['one after another']).toEqual(expected);
  expect(answers.together).toEqual(expected);
  // The right PIN, last, is refused like the wrong ones: the lockout holds.
  expect(answers.together.at(-1)).toBe('PIN_LOCKED');
});

test('twenty payments sent together meet the burst rule as twenty one after another do', async ({
  page,
  browser,
}) => {
  test.setTimeout(SLOW);
  const amount = 10 * YUAN;
  const answers = await paymentsBothWays(page, browser, 20, amount);

  // The tenth payment in ten minutes is blocked, and every one after it.
  const serial = answers['one after another'];
  expect(tally(serial.outcomes)).toEqual({ ok: 9, 'RISK_BLOCKED (burst)': 11 });
  expect(tally(answers.together.outcomes)).toEqual(tally(serial.outcomes));
  for (const { balance, ok } of Object.values(answers)) {
    expect(balance).toBe(OPENING - 9 * amount);
    expect(ok).toBe(true);
  }
});

test('six payments sent together meet the daily limit as six one after another do', async ({
  page,
  browser,
}) => {
  test.setTimeout(SLOW);
  // CN¥400 each against the basic tier's CN¥1,000 a day: two fit, the third would pass it.
  const amount = 400 * YUAN;
  const answers = await paymentsBothWays(page, browser, 6, amount);

  const serial = answers['one after another'];
  expect(tally(serial.outcomes)).toEqual({ ok: 2, LIMIT_EXCEEDED: 4 });
  expect(tally(answers.together.outcomes)).toEqual(tally(serial.outcomes));
  for (const { balance, ok } of Object.values(answers)) {
    expect(balance).toBe(OPENING - 2 * amount);
    expect(ok).toBe(true);
  }
});

test('eight full refunds of one payment sent together refund it once, as eight one after another do', async ({
  page,
  browser,
}) => {
  test.setTimeout(SLOW);
  const amount = 120 * YUAN;
  const serial = await freshProfile(browser);
  const answers = {} as Record<Sending, { outcomes: Outcome[]; balance: number | undefined }>;
  for (const [sending, on] of [
    ['together', page],
    ['one after another', serial.page],
  ] as const) {
    const { walletId } = await walletProfile(on);
    const [paid] = await send(on, payments(walletId, 1, amount), 'one after another');
    expect(paid).toBe('ok');
    const [payment] = await purseIn(on).transactions.recent({ limit: 1 });
    const refunds: PurseCall[] = Array.from({ length: 8 }, () => ({
      method: 'refunds.create',
      input: {
        paymentId: payment!.id,
        timeZone: TIME_ZONE,
        requestId: crypto.randomUUID(),
        auth: { pin: TEST_PIN },
      },
    }));
    const outcomes = await send(on, refunds, sending);
    const after = await ledgerAfter(on, walletId);
    expect(after.problems, `ledger.verify after refunds sent ${sending}`).toEqual([]);
    answers[sending] = { outcomes, balance: after.balance };
  }
  await serial.close();

  const once = answers['one after another'];
  expect(once.outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(1);
  expect(tally(answers.together.outcomes)).toEqual(tally(once.outcomes));
  // Paid and refunded once: the wallet is whole again, not richer.
  expect(answers.together.balance).toBe(OPENING);
  expect(once.balance).toBe(OPENING);
});

test('setting changes sent together, some without the PIN they need, end as one after another do', async ({
  page,
  browser,
}) => {
  test.setTimeout(SLOW);
  // Lowering needs nothing; raising a cap, lifting one and locking later need the PIN.
  const changes: PurseCall[] = [
    { method: 'limits.set', input: { daily: 600 } },
    { method: 'limits.set', input: { daily: 900 } },
    { method: 'limits.set', input: { daily: null } },
    { method: 'limits.set', input: { perPayment: 300 } },
    { method: 'security.setIdleTimeout', input: { minutes: 3 } },
    { method: 'security.setIdleTimeout', input: { minutes: 60 } },
    { method: 'security.setIdleTimeout', input: { minutes: 120, pin: WRONG_PIN } },
    { method: 'security.totpBegin', input: {} },
    {
      method: 'identity.verify',
      input: { kind: 'passport', name: 'Mei Lin', number: 'E12345678' },
    },
    {
      method: 'identity.verify',
      input: { kind: 'passport', name: 'Mei Lin', number: 'E12345678', pin: WRONG_PIN },
    },
  ];
  const serial = await freshProfile(browser);
  const answers = {} as Record<Sending, { outcomes: Outcome[]; after: unknown }>;
  for (const [sending, on] of [
    ['together', page],
    ['one after another', serial.page],
  ] as const) {
    await walletProfile(on);
    const outcomes = await send(on, changes, sending);
    const purse = purseIn(on);
    const [limits, status, identity, log] = await Promise.all([
      purse.limits.get({}),
      purse.security.status(),
      purse.identity.get(),
      purse.security.log({}),
    ]);
    answers[sending] = {
      outcomes,
      after: {
        caps: limits.userLimits,
        tier: limits.tier,
        idleMinutes: status.idleMinutes,
        totpEnabled: status.totpEnabled,
        verified: identity.verified,
        raisedInLog: log.filter((event) => event.kind === 'limits.raised').length,
      },
    };
  }
  await serial.close();

  const once = answers['one after another'];
  expect(once.after).toEqual({
    caps: { daily: 600, perPayment: 300 },
    tier: 'basic',
    idleMinutes: 3,
    totpEnabled: false,
    verified: false,
    raisedInLog: 0,
  });
  expect(answers.together.after).toEqual(once.after);
  expect(tally(answers.together.outcomes)).toEqual(tally(once.outcomes));
});
