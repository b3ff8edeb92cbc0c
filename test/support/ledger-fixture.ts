import { afterEach } from 'vitest';
import type { Clock } from '../../src/shared/clock';
import type { LedgerApi, LedgerInternalApi } from '../../src/shared/contract';
import type { Account, Category, Posting } from '../../src/shared/domain';
import type { PurseDb } from '../../src/ledger/db';
import { newDataKey } from '../../src/ledger/crypto/field-cipher';
import { openLedger } from '../../src/ledger/open-ledger';
import { allRows } from '../../src/ledger/engine/aggregate-sheets';
import { postingsOf } from '../../src/ledger/transaction-rows';

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  constructor(private current: number = Date.UTC(2026, 10, 25, 4, 0, 0)) {}
  now(): number {
    return this.current;
  }
  set(epochMs: number): void {
    this.current = epochMs;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * A clock on which time passes while the ledger works: every reading is `stepMs` after the
 * last one, as on a real machine, where each call and each wait moves the wall clock on.
 */
export class RunningClock extends ManualClock {
  constructor(private readonly stepMs: number) {
    super();
  }
  override now(): number {
    this.advance(this.stepMs);
    return super.now();
  }
}

let counter = 0;

export interface LedgerFixture {
  readonly api: LedgerApi;
  readonly internal: LedgerInternalApi;
  readonly db: PurseDb;
  readonly clock: ManualClock;
  readonly dataKey: Uint8Array;
  close(): void;
}

/** A fresh ledger on fake-indexeddb, in Shanghai time, with a manual clock (or `clock`). */
export async function freshLedger(clock: ManualClock = new ManualClock()): Promise<LedgerFixture> {
  counter += 1;
  const dataKey = newDataKey();
  const ledger = await openLedger({
    name: `test-ledger-${counter}-${Math.random()}`,
    clock,
    timeZone: 'Asia/Shanghai',
    dataKey,
    backupKdfLogN: 14,
  });
  return { ...ledger, clock, dataKey };
}

/** Every posting of the ledger, read from the transaction rows that hold them. */
export async function allPostings(db: PurseDb): Promise<Posting[]> {
  return (await db.transactions.toArray()).flatMap(postingsOf);
}

/** Everything a user could notice about the ledger's money: to compare before and after. */
export async function moneySnapshot(db: PurseDb) {
  const [accounts, aggregates, rows] = await Promise.all([
    db.accounts.toArray(),
    allRows(db.aggregates),
    db.transactions.toArray(),
  ]);
  const transactions = rows.length;
  const postings = rows.reduce((sum, row) => sum + row.lines.length, 0);
  return {
    accounts: accounts
      .map((a) => ({ id: a.id, balance: a.balance, archived: a.archived, name: a.name }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    aggregates: aggregates.sort((a, b) => a.id.localeCompare(b.id)),
    transactions,
    postings,
  };
}

export async function categoryByBuiltin(api: LedgerApi, builtin: string): Promise<Category> {
  const categories = await api['categories.list'](undefined);
  const found = categories.find((category) => category.builtin === builtin);
  if (!found) throw new Error(`no built-in category ${builtin}`);
  return found;
}

export async function walletWith(
  api: LedgerApi,
  openingBalance: number,
  name = 'Wallet',
): Promise<Account> {
  return api['accounts.create']({ kind: 'wallet', name, currency: 'CNY', openingBalance });
}

/**
 * Opens a `freshLedger` per call and closes it after the test that opened it; call once at
 * a test file's top level.
 */
export function ledgersClosedAfterEach(): (clock?: ManualClock) => Promise<LedgerFixture> {
  const open: LedgerFixture[] = [];
  afterEach(() => {
    for (const ledger of open.splice(0)) ledger.close();
  });
  return async (clock) => {
    const fixture = await freshLedger(clock);
    open.push(fixture);
    return fixture;
  };
}
