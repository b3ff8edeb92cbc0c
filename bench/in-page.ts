import { Dexie } from 'dexie';
import { composeGateway } from '../src/main/gateway/compose-gateway';
import { createSecretHasher, nobleScrypt } from '../src/main/gateway/security/pin-hasher';
import { newDataKey } from '../src/ledger/crypto/field-cipher';
import { openLedger } from '../src/ledger/open-ledger';
import type { Account, Category } from '../src/shared/domain';
import { unwrap } from '../src/shared/result';

/** A small seeded PRNG so that every run builds the same ledger. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

export interface BenchResult {
  readonly size: number;
  readonly rawPutRowsPerSec: number;
  readonly seedTxnPerSec: number;
  readonly seedRowsPerSec: number;
  readonly commitP50: number;
  readonly commitP95: number;
  readonly dashboardP50: number;
  readonly recentP50: number;
  readonly verifyMs: number;
}

/** Raw IndexedDB throughput on this machine: the ceiling any ledger write is compared to. */
async function rawPutThroughput(rows: number): Promise<number> {
  const db = new Dexie(`bench-raw-${Date.now()}`);
  db.version(1).stores({ rows: 'id, at' });
  await db.open();
  const data = Array.from({ length: rows }, (_, i) => ({
    id: `r${i}`,
    at: i,
    amount: i * 7,
    memo: 'x'.repeat(40),
  }));
  const [ms] = await timed(() => db.table('rows').bulkPut(data));
  db.close();
  await Dexie.delete(db.name);
  return (rows / ms) * 1000;
}

/** Builds a ledger of `size` transactions through the engine, then times the hot paths. */
export async function runLedgerBench(size: number, seed = 42): Promise<BenchResult> {
  const name = `bench-ledger-${size}-${Date.now()}`;
  const ledger = await openLedger({ name, dataKey: newDataKey() });
  const values = new Map<string, string>();
  const { gateway } = composeGateway({
    ledger: ledger.api,
    internal: ledger.internal,
    secrets: {
      kind: 'dev-harness',
      get: (key) => Promise.resolve(values.get(key) ?? null),
      set: (key, value) => Promise.resolve(void values.set(key, value)),
      delete: (key) => Promise.resolve(void values.delete(key)),
    },
    hasher: createSecretHasher(nobleScrypt),
    clock: { now: () => Date.now() },
    appInfo: { name: 'Purse', version: 'bench', platform: 'web', runtime: 'web' },
  });
  const random = mulberry32(seed);
  const call = async <T>(method: string, input: unknown) =>
    unwrap(await gateway.call(method, input)) as T;

  const accounts: Account[] = [];
  for (const [kind, name2] of [
    ['wallet', 'Wallet'],
    ['bank_card', 'Bank'],
    ['credit_card', 'Card'],
  ] as const) {
    accounts.push(
      await call<Account>('accounts.create', {
        kind,
        name: name2,
        currency: 'CNY',
        openingBalance: 1_000_000_000,
      }),
    );
  }
  const expense = await call<Category[]>('categories.list', { kind: 'expense' });
  const income = await call<Category[]>('categories.list', { kind: 'income' });
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;

  const makeInput = (i: number) => {
    const roll = random();
    const occurredAt = start + Math.floor((i / size) * span);
    const account = accounts[Math.floor(random() * accounts.length)]!;
    if (roll < 0.8) {
      return {
        kind: 'expense',
        accountId: account.id,
        categoryId: expense[Math.floor(random() * expense.length)]!.id,
        amount: 100 + Math.floor(random() * 50_000),
        occurredAt,
        timeZone: 'Asia/Shanghai',
      };
    }
    if (roll < 0.9) {
      return {
        kind: 'income',
        accountId: account.id,
        categoryId: income[Math.floor(random() * income.length)]!.id,
        amount: 10_000 + Math.floor(random() * 2_000_000),
        occurredAt,
        timeZone: 'Asia/Shanghai',
      };
    }
    const to = accounts[(accounts.indexOf(account) + 1) % accounts.length]!;
    return {
      kind: 'transfer',
      accountId: account.id,
      toAccountId: to.id,
      amount: 100 + Math.floor(random() * 100_000),
      occurredAt,
      timeZone: 'Asia/Shanghai',
    };
  };

  const [seedMs] = await timed(async () => {
    for (let i = 0; i < size; i += 1) await call('transactions.record', makeInput(i));
  });
  // Rows per transaction: the transaction, 2 postings, 1–2 accounts, 2–3 aggregates, 1 audit.
  const rowsPerTxn = 8;

  const commits: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const [ms] = await timed(() => call('transactions.record', makeInput(size)));
    commits.push(ms);
  }
  const dashboards: number[] = [];
  const recents: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    dashboards.push(
      (await timed(() => call('dashboard.summary', { timeZone: 'Asia/Shanghai' })))[0],
    );
    recents.push((await timed(() => call('transactions.recent', { limit: 50 })))[0]);
  }
  const [verifyMs] = await timed(() => call('ledger.verify', {}));
  const rawPutRowsPerSec = await rawPutThroughput(20_000);
  ledger.close();
  await Dexie.delete(name);

  const sort = (values: number[]) => [...values].sort((a, b) => a - b);
  return {
    size,
    rawPutRowsPerSec,
    seedTxnPerSec: (size / seedMs) * 1000,
    seedRowsPerSec: ((size * rowsPerTxn) / seedMs) * 1000,
    commitP50: percentile(sort(commits), 50),
    commitP95: percentile(sort(commits), 95),
    dashboardP50: percentile(sort(dashboards), 50),
    recentP50: percentile(sort(recents), 50),
    verifyMs,
  };
}
