import { expect, test, type Page } from '@playwright/test';
import type { Account, Category } from '../../src/shared/domain';
import type { BackupCreated } from '../../src/shared/backup';
import { crashTest, type CrashCase } from './crash-harness';
import { call } from './lab-page';

const PIN = '258036';
const TZ = 'Asia/Shanghai';

interface Ledger {
  readonly wallet: Account;
  readonly food: Category;
}

async function seed(page: Page, openingBalance = 50_000_000): Promise<Ledger> {
  const wallet = await call<Account>(page, 'accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance,
  });
  const [food] = await call<Category[]>(page, 'categories.list', { kind: 'expense' });
  return { wallet, food: food! };
}

async function transactionCount(page: Page): Promise<number> {
  return page.evaluate(() => window.lab.db().transactions.count());
}

async function walletBalance(page: Page): Promise<number> {
  const [wallet] = await call<Account[]>(page, 'accounts.list', {});
  return wallet!.balance;
}

/** `count` expenses of `amount` written by the engine inside ONE IndexedDB transaction. */
async function recordInOneTransaction(page: Page, ledger: Ledger, count: number, amount: number) {
  await page.evaluate(
    ([accountId, categoryId, n, minor]) => {
      window.lab.crash.start(() =>
        window.lab.crash.inOneTransaction(async () => {
          for (let i = 0; i < n; i += 1) {
            await window.lab.api()['transactions.record']({
              kind: 'expense',
              accountId,
              categoryId,
              amount: minor,
              occurredAt: Date.now() - i * 60_000,
              timeZone: 'Asia/Shanghai',
              memo: `bulk row ${i}`,
            });
          }
        }),
      );
    },
    [ledger.wallet.id, ledger.food.id, count, amount] as const,
  );
}

async function waitUntilDone(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.lab.crash.progress().state), { timeout: 30_000 })
    .toBe('done');
}

const BURST = 120;

/** (a) A burst of payments and recordings, each its own transaction, acknowledged one by one. */
const burst: CrashCase<Ledger & { before: number; balance: number }> = {
  name: 'burst',
  writes: BURST * 6,
  async prepare(page) {
    const ledger = await seed(page);
    return { ...ledger, before: await transactionCount(page), balance: await walletBalance(page) };
  },
  async start(page, ledger) {
    await call(page, 'security.setupPin', { pin: PIN });
    const bank = await call<Account>(page, 'accounts.create', {
      kind: 'bank_card',
      name: 'Bank',
      currency: 'CNY',
      openingBalance: 10_000_000,
    });
    await page.evaluate(
      ([accountId, bankId, categoryId, n, pin]) => {
        // Risk rules may stop a long run of payments; that refusal is the product working.
        const expected = new Set(['RISK_BLOCKED', 'LIMIT_EXCEEDED', 'STEP_UP_REQUIRED']);
        const auth = { pin, stepUpPin: pin, confirmRisk: true };
        const step = (i: number) => {
          const common = { requestId: crypto.randomUUID(), timeZone: 'Asia/Shanghai', auth };
          if (i % 3 === 0)
            return window.lab.call('payments.create', {
              ...common,
              accountId,
              merchant: { name: `Shop ${i % 4}` },
              amount: 300,
            });
          if (i % 3 === 1)
            return window.lab.call('topups.create', {
              ...common,
              fromAccountId: bankId,
              toAccountId: accountId,
              amount: 1_000,
            });
          return window.lab.call('transactions.record', {
            kind: 'expense',
            accountId,
            categoryId,
            amount: 700,
            occurredAt: Date.now(),
            timeZone: 'Asia/Shanghai',
          });
        };
        window.lab.crash.start(async () => {
          for (let i = 0; i < n; i += 1) {
            const result = await step(i);
            if (result.ok) window.lab.crash.ack();
            else if (!expected.has(result.error.code)) throw new Error(result.error.code);
          }
        });
      },
      [ledger.wallet.id, bank.id, ledger.food.id, BURST, PIN] as const,
    );
  },
  async check(page, ledger, seen) {
    // The bank card's opening balance is one more transaction.
    const made = (await transactionCount(page)) - ledger.before - 1;
    // Every movement acknowledged before the kill is there; none is there twice.
    expect(made).toBeGreaterThanOrEqual(seen.acked);
    expect(made).toBeLessThanOrEqual(BURST);
    expect(seen.error).toBe('');
  },
};

const BULK = 250;

/** (c) Many rows in one transaction (what an import does): all of them, or none. */
const bulk: CrashCase<Ledger & { before: number; balance: number }> = {
  name: 'bulk',
  writes: BULK * 7,
  async prepare(page) {
    const ledger = await seed(page);
    return { ...ledger, before: await transactionCount(page), balance: await walletBalance(page) };
  },
  async start(page, ledger) {
    await recordInOneTransaction(page, ledger, BULK, 100);
  },
  async check(page, ledger, seen) {
    const count = await transactionCount(page);
    const balance = await walletBalance(page);
    const whole = { count: ledger.before + BULK, balance: ledger.balance - BULK * 100 };
    const none = { count: ledger.before, balance: ledger.balance };
    expect([none, whole]).toContainEqual({ count, balance });
    if (seen.state === 'done') expect({ count, balance }).toEqual(whole);
  },
};

const IMPORTED = 600;

/** (d) A large CSV import (`imports.commit`, one read-write transaction): all rows, or none. */
const csvImport: CrashCase<Ledger & { before: number; balance: number }> = {
  name: 'import',
  writes: IMPORTED * 7,
  async prepare(page) {
    const ledger = await seed(page);
    return { ...ledger, before: await transactionCount(page), balance: await walletBalance(page) };
  },
  async start(page, ledger) {
    await page.evaluate(
      ([accountId, n]) => {
        const start = Date.UTC(2025, 0, 1);
        const rows = Array.from({ length: n }, (_, i) => ({
          line: i + 2,
          occurredAt: start + i * 3_600_000,
          amount: -(100 + (i % 7)),
          counterparty: `Shop ${i % 25}`,
          reference: `order-${i}`,
        }));
        window.lab.crash.start(async () => {
          const result = await window.lab.call('imports.commit', {
            accountId,
            timeZone: 'Asia/Shanghai',
            profile: 'generic',
            rows,
            rejectedRows: 0,
            goodRowsOnly: false,
          });
          if (!result.ok) throw new Error(result.error.code);
        });
      },
      [ledger.wallet.id, IMPORTED] as const,
    );
  },
  async check(page, ledger, seen) {
    const count = await transactionCount(page);
    const balance = await walletBalance(page);
    let spent = 0;
    for (let i = 0; i < IMPORTED; i += 1) spent += 100 + (i % 7);
    const whole = { count: ledger.before + IMPORTED, balance: ledger.balance - spent };
    const none = { count: ledger.before, balance: ledger.balance };
    expect([none, whole]).toContainEqual({ count, balance });
    if (seen.state === 'done') expect({ count, balance }).toEqual(whole);
    expect(seen.error).toBe('');
  },
};

const LARGE = 400;

/** (b) Restoring a large backup over a ledger that has moved on since: old or new, never a mix. */
const restore: CrashCase<{ file: string; backup: Snapshot; current: Snapshot }> = {
  name: 'restore',
  writes: LARGE * 7,
  async prepare(page) {
    await call(page, 'security.setupPin', { pin: PIN });
    const ledger = await seed(page);
    await recordInOneTransaction(page, ledger, LARGE, 100);
    await waitUntilDone(page);
    const backup = await snapshot(page);
    const { file } = await call<BackupCreated>(page, 'backups.create', {
      passphrase: 'correct horse battery',
      auth: { pin: PIN },
    });
    for (let i = 0; i < 3; i += 1) {
      await call(page, 'transactions.record', {
        kind: 'expense',
        accountId: ledger.wallet.id,
        categoryId: ledger.food.id,
        amount: 1_000,
        occurredAt: Date.now(),
        timeZone: TZ,
      });
    }
    return { file, backup, current: await snapshot(page) };
  },
  async start(page, { file }) {
    await call(page, 'security.setupPin', { pin: PIN });
    await page.evaluate(
      ([text, pin]) => {
        window.lab.crash.start(async () => {
          const result = await window.lab.call('backups.restore', {
            file: text,
            passphrase: 'correct horse battery',
            confirm: true,
            auth: { pin },
          });
          if (!result.ok) throw new Error(result.error.code);
        });
      },
      [file, PIN] as const,
    );
  },
  async check(page, { backup, current }, seen) {
    const now = await snapshot(page);
    expect([current, backup]).toContainEqual(now);
    if (seen.state === 'done') expect(now).toEqual(backup);
  },
};

interface Snapshot {
  readonly transactions: number;
  readonly balance: number;
}

async function snapshot(page: Page): Promise<Snapshot> {
  return { transactions: await transactionCount(page), balance: await walletBalance(page) };
}

test.describe('a browser killed in the middle of a write', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const crashCase of [burst, restore, bulk, csvImport] as CrashCase<unknown>[]) {
    test(`${crashCase.name}: reopens with the invariants holding and the operation whole or absent`, async () => {
      const outcome = await crashTest(crashCase);
      console.log(crashCase.name, JSON.stringify(outcome));
    });
  }
});
