import { Dexie } from 'dexie';
import { newDataKey } from '../src/ledger/crypto/field-cipher';
import { bulkPostTransactions } from '../src/ledger/engine/bulk/bulk-post';
import type { EngineContext } from '../src/ledger/engine/context';
import { openLedger, type OpenLedger } from '../src/ledger/open-ledger';
import { applySchema } from '../src/ledger/migrations';
import { DEFAULT_DB_NAME } from '../src/ledger/db';
import { SIDES_FIELD, sidesOf } from '../src/ledger/transaction-rows';
import type { Clock } from '../src/shared/clock';
import { addMonths, monthKeyOf } from '../src/shared/dates';
import type { Account } from '../src/shared/domain';
import { newId } from '../src/shared/ids';
import { purseTotals, type Totals } from './compare/totals';
import type { TimedLines } from './lines';
import { median, medianOf, percentile, timed } from './stats';
import { ClearCipher } from './clear-cipher';
import { timeCsvImport, type ImportTiming } from './import-csv';
import { generateLedger, type GeneratedLedger } from './generator/generate-ledger';
import { createPurseBooks, purseDraftChunks, writeLedgerToPurse } from './generator/write-purse';

const TZ = 'Asia/Shanghai';
const CHUNK = 10_000;

/** A clock the bench moves by hand, so that limits and burst rules see realistic spacing. */
class BenchClock implements Clock {
  current = Date.now();
  now(): number {
    return this.current;
  }
}

function slices<T>(rows: readonly T[]): T[][] {
  const size = 1_000;
  const out: T[][] = [];
  for (let from = 0; from < rows.length; from += size) out.push(rows.slice(from, from + size));
  return out;
}

/** The data key of a bench database, kept in localStorage so that a new page can reopen it. */
function benchKey(name: string): Uint8Array {
  const stored = localStorage.getItem(`bench-key:${name}`);
  if (stored) return Uint8Array.from(stored.split(',').map(Number));
  const key = newDataKey();
  localStorage.setItem(`bench-key:${name}`, key.join(','));
  return key;
}

/** A clear cipher for a database the bench built unsealed (remembered for a new page). */
function cipherOption(name: string): { cipher?: ClearCipher } {
  return localStorage.getItem(`bench-unsealed:${name}`)
    ? { cipher: new ClearCipher(benchKey(name)) }
    : {};
}

interface Open {
  readonly ledger: OpenLedger;
  readonly clock: BenchClock;
  readonly ctx: EngineContext;
  /** The generated ledger's first and last instants; the ledger itself is not kept, so the
   * page's heap during the measured lines is Purse's own. */
  readonly span: { readonly first: number; readonly last: number };
}
let current: Open | undefined;

function requireOpen(): Open {
  if (!current) throw new Error('bench.build() first');
  return current;
}

function spanOf(generated: GeneratedLedger): Open['span'] {
  const last = generated.transactions.at(-1)?.occurredAt ?? Date.now();
  return { first: generated.transactions[0]?.occurredAt ?? last, last };
}

/** A bench database opened as Purse opens its ledger, sealed or (if built so) in clear. */
function openBenchLedger(name: string, clock: Clock): Promise<OpenLedger> {
  return openLedger({ name, dataKey: benchKey(name), clock, timeZone: TZ, ...cipherOption(name) });
}

async function openBench(name: string, span: Open['span']): Promise<Open> {
  const clock = new BenchClock();
  const ledger = await openBenchLedger(name, clock);
  return { ledger, clock, ctx: { db: ledger.db, clock, timeZone: TZ }, span };
}

export interface BuildResult {
  readonly size: number;
  readonly years: number;
  readonly buildMs: number;
  readonly buildTxnPerSec: number;
  readonly buildRowsPerSec: number;
  readonly verifyMs: number;
  readonly verifyOk: boolean;
  readonly problems: readonly string[];
}

/** Generates the ledger in the page and writes it into a new database with bulk import. */
/** Runs one phase of the bench; an IndexedDB or Dexie failure says which phase and why. */
async function phase<T>(label: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { name, message } = error as Error;
    throw new Error(`${label} failed: ${name}: ${message}`, { cause: error });
  }
}

export async function build(
  name: string,
  size: number,
  seed: number,
  sealed = true,
): Promise<BuildResult> {
  if (!sealed) localStorage.setItem(`bench-unsealed:${name}`, '1');
  const generated = generateLedger(size, seed);
  current = await phase('open', () => openBench(name, spanOf(generated)));
  const { bulkMs, rows } = await phase('bulk import', () =>
    writeLedgerToPurse({ api: current!.ledger.api, ctx: current!.ctx }, generated, CHUNK),
  );
  const [verifyMs, report] = await phase('verify', () =>
    timed(() => current!.ledger.api['ledger.verify'](undefined)),
  );
  return {
    size,
    years: generated.years,
    buildMs: bulkMs,
    buildTxnPerSec: (size / bulkMs) * 1000,
    buildRowsPerSec: (rows / bulkMs) * 1000,
    verifyMs,
    verifyOk: report.ok,
    problems: report.problems.slice(0, 10),
  };
}

export interface BulkVsRaw {
  readonly bulkRowsPerSec: number;
  readonly rawRowsPerSec: number;
  readonly ratio: number;
}

/**
 * Bulk import of `sample` generated transactions into a fresh ledger (sealed, with balances
 * and aggregates) against a plain `bulkPut` of the very same transaction rows (postings
 * inside) into an unsealed database with the same indexes, `runs` times; medians. Rows count
 * a transaction and each of its postings, as before the postings moved into their rows.
 */
export async function bulkVsRaw(sample: number, runs: number, seed: number): Promise<BulkVsRaw> {
  const generated = generateLedger(sample, seed + 1);
  const bulk: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const name = `bench-sample-${newId()}`;
    const scratch = await openBench(name, spanOf(generated));
    const ids = await createPurseBooks(scratch.ledger.api, generated);
    const drafts = [...purseDraftChunks(generated, ids, sample)][0]!;
    const [bulkMs, result] = await timed(() => bulkPostTransactions(scratch.ctx, drafts));
    const rowCount = result.ids.length + result.postings;
    bulk.push((rowCount / bulkMs) * 1000);
    // The rows as stored, with the index keys the sealing middleware would derive.
    const transactions = (
      await scratch.ledger.db.transactions.where('id').anyOf(result.ids).toArray()
    ).map((row) => ({ ...row, [SIDES_FIELD]: sidesOf(row) }));
    scratch.ledger.close();
    await Dexie.delete(name);
    localStorage.removeItem(`bench-key:${name}`);

    const plain = new Dexie(`bench-raw-${newId()}`);
    applySchema(plain);
    await plain.open();
    // Written the way the bulk path writes: slices issued together in one transaction.
    const [rawMs] = await timed(() =>
      plain.transaction('rw', [plain.table('transactions')], () =>
        Promise.all(slices(transactions).map((rows) => plain.table('transactions').bulkPut(rows))),
      ),
    );
    raw.push((rowCount / rawMs) * 1000);
    plain.close();
    await Dexie.delete(plain.name);
  }
  const bulkRowsPerSec = median(bulk);
  const rawRowsPerSec = median(raw);
  return { bulkRowsPerSec, rawRowsPerSec, ratio: bulkRowsPerSec / rawRowsPerSec };
}

export interface HotPaths extends TimedLines {
  readonly dashboardMs: number;
}

/** The paths a person waits on, each timed `runs` times on the big ledger (medians). */
export async function hotPaths(runs: number, payments: number): Promise<HotPaths> {
  const { ledger, clock, span } = requireOpen();
  const api = ledger.api;
  const { last } = span;
  const lastMonth = monthKeyOf(last, TZ);
  const firstMonth = monthKeyOf(span.first, TZ);
  clock.current = last + 3_600_000;

  const dashboardMs = await medianOf(runs, () => api['dashboard.summary']({ timeZone: TZ }));
  const report = (from: string, to: string) => () =>
    api['analytics.report']({ from, to, currency: 'CNY' });
  const analyticsMonthMs = await medianOf(runs, report(lastMonth, lastMonth));
  const analyticsYearMs = await medianOf(runs, report(addMonths(lastMonth, -11), lastMonth));
  const analyticsAllMs = await medianOf(runs, report(firstMonth, lastMonth));
  const historyFirstPageMs = await medianOf(runs, () => api['history.page']({ limit: 50 }));
  // "trip" is the memo of about 1 in 100 transactions: a first page of 50 reads thousands.
  const searchMs = await medianOf(runs, () =>
    api['history.page']({ filters: { text: 'trip' }, limit: 50 }),
  );
  const searchFullScanMs = await medianOf(runs, () =>
    api['history.page']({ filters: { text: 'no such words' }, limit: 50 }),
  );

  // Payments on a funded account through the ledger's commit: risk checks, limits,
  // aggregates and sealing, in the payment's own transaction (main's PIN check is not here).
  const payer: Account = await api['accounts.create']({
    kind: 'bank_card',
    name: 'Bench payer',
    currency: 'CNY',
    openingBalance: 100_000_000,
  });
  // In the year after the generated history, whose transfers to contacts used up the
  // basic tier's yearly limit.
  clock.current = Math.max(clock.current, Date.UTC(2026, 0, 2, 1));
  const commits: number[] = [];
  for (let i = 0; i < payments; i += 1) {
    clock.current += 150 * 60_000;
    const [ms] = await timed(() =>
      ledger.internal['payments.commit']({
        requestId: newId(),
        accountId: payer.id,
        // Shops of its own with steady amounts, so the risk rules allow every payment.
        merchant: { name: `Bench Shop ${i % 10}` },
        amount: 1_000 + ((i * 37) % 500),
        timeZone: TZ,
        stepUpPassed: true,
      }),
    );
    commits.push(ms);
  }
  return {
    commitP50: percentile(commits, 50),
    commitP95: percentile(commits, 95),
    dashboardMs,
    analyticsMonthMs,
    analyticsYearMs,
    analyticsAllMs,
    historyFirstPageMs,
    searchMs,
    searchFullScanMs,
  };
}

export interface ExportResult {
  readonly rows: number;
  readonly ms: number;
  readonly rowsPerSec: number;
  readonly bytes: number;
}

/** The whole statement as CSV through `statements.chunk`, as History's export does it. */
export async function exportCsv(): Promise<ExportResult> {
  const { api } = requireOpen().ledger;
  let rows = 0;
  let bytes = 0;
  const [ms] = await timed(async () => {
    let cursor: { occurredAt: number; id: string } | undefined;
    let balances: Record<string, number> | undefined;
    for (;;) {
      const chunk = await api['statements.chunk']({
        limit: 5_000,
        ...(cursor ? { cursor } : {}),
        ...(balances ? { balances } : {}),
      });
      rows += chunk.rows;
      bytes += chunk.csv.length;
      if (!chunk.nextCursor) break;
      cursor = chunk.nextCursor;
      balances = { ...chunk.balances };
    }
  });
  return { rows, ms, rowsPerSec: (rows / ms) * 1000, bytes };
}

/** Purse's balances and monthly category totals, to compare with hledger's. */
export async function totals(): Promise<Totals> {
  const { ledger } = requireOpen();
  return purseTotals(ledger.api, ledger.db);
}

/**
 * Cold open, timed from the page's navigation start: open the database, unseal what the
 * dashboard needs and compute it (run in a new page).
 */
export async function coldDashboard(name: string, at: number): Promise<number> {
  const clock = new BenchClock();
  clock.current = at;
  const ledger = await openBenchLedger(name, clock);
  await ledger.api['dashboard.summary']({ timeZone: TZ });
  const ms = performance.now();
  ledger.close();
  return ms;
}

/** The end of the generated ledger, where the dashboard is opened. */
export function lastInstant(): number {
  return requireOpen().span.last + 3_600_000;
}

export async function drop(name: string): Promise<void> {
  current?.ledger.close();
  current = undefined;
  await Dexie.delete(name);
  localStorage.removeItem(`bench-key:${name}`);
  localStorage.removeItem(`bench-unsealed:${name}`);
}

/** Each of `runs` all-time analytics reports, in ms (for profiling). */
export async function analyticsAll(runs: number): Promise<number[]> {
  const { ledger, span } = requireOpen();
  const from = monthKeyOf(span.first, TZ);
  const to = monthKeyOf(span.last, TZ);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1)
    times.push(
      (await timed(() => ledger.api['analytics.report']({ from, to, currency: 'CNY' })))[0],
    );
  return times;
}

/** A bank CSV of `rows` rows imported into the big ledger, from file to committed. */
export async function importCsv(rows: number): Promise<ImportTiming> {
  const { ledger, span, clock } = requireOpen();
  const last = span.last;
  const from = Date.UTC(new Date(last).getUTCFullYear() + 2, 0, 1);
  clock.current = from + rows * 20 * 60_000 + 86_400_000;
  return timeCsvImport(ledger.api, rows, from);
}

/**
 * Writes a generated ledger into the built UI's own database (same origin, its data key
 * from dev:web's stand-in keychain, base64), then lets it go, so the UI opens it on unlock.
 */
export async function fillAppLedger(
  keyBase64: string,
  size: number,
  seed: number,
): Promise<BuildResult> {
  const key = Uint8Array.from(atob(keyBase64), (char) => char.charCodeAt(0));
  localStorage.setItem(`bench-key:${DEFAULT_DB_NAME}`, key.join(','));
  try {
    return await build(DEFAULT_DB_NAME, size, seed);
  } finally {
    current?.ledger.close();
    current = undefined;
    localStorage.removeItem(`bench-key:${DEFAULT_DB_NAME}`);
  }
}
