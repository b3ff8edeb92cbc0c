import { describe, expect, it } from 'vitest';
import type { LedgerInternalApi } from '../../../../../src/shared/contract';
import { settle } from '../../../../../src/shared/result';
import {
  ledgersClosedAfterEach,
  RunningClock,
  walletWith,
  type LedgerFixture,
} from '../../../../support/ledger-fixture';

/**
 * The risk rules and limits are decided inside the payment's own read-write transaction:
 * payments committed together end exactly as the same payments committed one after another.
 * On a clock that moves while the ledger works (a fixed one hides when the clock is read).
 */

const openLedger = ledgersClosedAfterEach();
const YUAN = 100;
const ZONE = 'Asia/Shanghai';

type Commit = Parameters<LedgerInternalApi['payments.commit']>[0];

function payments(accountId: string, count: number, amount: number): Commit[] {
  return Array.from({ length: count }, () => ({
    accountId,
    merchant: { name: 'Corner Shop' },
    amount,
    timeZone: ZONE,
    requestId: crypto.randomUUID(),
    // The step-up is passed: only a block or a limit stops a payment.
    stepUpPassed: true,
  }));
}

/** Commits the payments together or one after another; returns `ok` or the refusal's code. */
async function commit(
  fx: LedgerFixture,
  all: readonly Commit[],
  together: boolean,
): Promise<string[]> {
  const one = (input: Commit) => settle(() => fx.internal['payments.commit'](input));
  const results = together
    ? await Promise.all(all.map(one))
    : await all.reduce<Promise<Awaited<ReturnType<typeof one>>[]>>(
        async (done, input) => [...(await done), await one(input)],
        Promise.resolve([]),
      );
  return results.map((result) => (result.ok ? 'ok' : result.error.code));
}

function tally(outcomes: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

/** Sends the same payments both ways, each in a fresh ledger; returns outcomes and balances. */
async function bothWays(count: number, amount: number) {
  const answers: Record<'together' | 'serial', { outcomes: string[]; balance: number }> = {
    together: { outcomes: [], balance: 0 },
    serial: { outcomes: [], balance: 0 },
  };
  for (const way of ['together', 'serial'] as const) {
    // A second passes at every reading of the clock: 20 payments stay well inside 10 minutes.
    const fx = await openLedger(new RunningClock(1_000));
    const wallet = await walletWith(fx.api, 5_000 * YUAN);
    const outcomes = await commit(fx, payments(wallet.id, count, amount), way === 'together');
    const report = await fx.api['ledger.verify'](undefined);
    expect(report.problems).toEqual([]);
    const [after] = await fx.api['accounts.list']({});
    answers[way] = { outcomes, balance: after!.balance };
  }
  return answers;
}

describe('risk rules and limits under concurrency', () => {
  it('blocks the tenth payment in ten minutes and every one after it, whether twenty are committed together or one after another', async () => {
    const { together, serial } = await bothWays(20, 10 * YUAN);
    expect(tally(serial.outcomes)).toEqual({ ok: 9, RISK_BLOCKED: 11 });
    expect(tally(together.outcomes)).toEqual(tally(serial.outcomes));
    expect(together.balance).toBe(5_000 * YUAN - 9 * 10 * YUAN);
    expect(serial.balance).toBe(together.balance);
  });

  it('lets two CN¥400 payments of six under the CN¥1,000 daily limit, whether committed together or one after another', async () => {
    const { together, serial } = await bothWays(6, 400 * YUAN);
    expect(tally(serial.outcomes)).toEqual({ ok: 2, LIMIT_EXCEEDED: 4 });
    expect(tally(together.outcomes)).toEqual(tally(serial.outcomes));
    expect(together.balance).toBe(5_000 * YUAN - 2 * 400 * YUAN);
    expect(serial.balance).toBe(together.balance);
  });
});
