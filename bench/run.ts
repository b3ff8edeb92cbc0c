/**
 * `npm run bench [-- --sizes 10000,100000 --runs 5 --seed 42 --port 5319 --actual]`: builds
 * seeded ledgers in real Chromium on real IndexedDB, times the paths a person waits on
 * (medians of the runs), times hledger and ledger-cli on the same ledger, checks that Purse's
 * totals equal hledger's, imports the same ledger into Actual Budget's engine and times it
 * on the same lines (at 100k by default; `--actual` at every size up to 100k, `--no-actual`
 * never), measures the same lines on the ledger kept in clear (`--no-unsealed` skips it) and
 * the built UI over it (`--no-renderer` skips it), prints a table and merges the numbers into
 * bench/results.json.
 * The port also comes from PURSE_BENCH_PORT.
 */
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build as viteBuild, preview } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { hasTool, hledgerTotalsOf, TOOL_REPORTS, timeTool } from './compare/run-hledger';
import { actualColumns, benchTable, UNSEALED_LINES, unsealedKey, type Row } from './compare/table';
import { totalsMismatches, type Totals } from './compare/totals';
import { ACTUAL_MAX, actualSizes } from './actual/actual-sizes';
import { benchActual } from './actual/run-actual';
import { rendererLines } from './renderer/renderer-lines';
import { generateLedger } from './generator/generate-ledger';
import { journalText, type JournalDialect } from './generator/write-journal';
import { median } from './stats';

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const sizes = arg('sizes', '10000,100000').split(',').map(Number);
const runs = Number(arg('runs', '5'));
const seed = Number(arg('seed', '42'));
const port = Number(arg('port', process.env.PURSE_BENCH_PORT ?? '5319'));
const SCRATCH = resolve('.bench');
const RESULTS = resolve('bench/results.json');
const PAYMENTS = 200;
const SAMPLE = 10_000;
const IMPORT_ROWS = Number(arg('import-rows', '50000'));
const withActual = actualSizes(sizes, process.argv);
/** The sizes up to 100k, unless `--no-<pass>` turns that pass off. */
const upTo100k = (pass: string) =>
  process.argv.includes(`--no-${pass}`) ? [] : sizes.filter((size) => size <= 100_000);
/** Sizes at which the built UI is measured too (its own profile and ledger). */
const withRenderer = upTo100k('renderer');
/** Sizes also measured on an unsealed copy. */
const withUnsealed = upTo100k('unsealed');

const log = (line: string) =>
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

async function labPage(browser: BrowserContext): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

async function writeJournal(size: number, dialect: JournalDialect): Promise<string> {
  const file = join(
    SCRATCH,
    `ledger-${size}-${seed}.${dialect === 'hledger' ? 'journal' : 'ledger'}`,
  );
  const out = createWriteStream(file);
  for (const piece of journalText(generateLedger(size, seed), dialect)) {
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

/** Peak JS heap of the page while `work` runs, sampled through the DevTools protocol. */
async function withPeakHeap<T>(page: Page, work: () => Promise<T>): Promise<[T, number]> {
  const cdp = await page.context().newCDPSession(page);
  // What earlier lines left behind is not the export's: collected before it starts.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  let peak = 0;
  let sampling = true;
  const sample = async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      peak = Math.max(peak, used);
      await new Promise((done) => setTimeout(done, 20));
    }
  };
  const sampler = sample();
  try {
    const value = await work();
    return [value, peak];
  } finally {
    sampling = false;
    await sampler;
    await cdp.detach();
  }
}

interface SizeResult {
  readonly row: Row;
  /** Purse's totals before the bench's own payments, to compare with Actual's. */
  readonly purse: Totals;
  /** The end of the generated ledger, where the dashboard is opened. */
  readonly at: number;
  /** The median export's time, for the tools' ratios. */
  readonly exportMs: number;
}

/** Purse's own lines on one ledger, sealed (as Purse keeps it) or in clear. */
async function purseLines(
  browser: BrowserContext,
  size: number,
  sealed: boolean,
): Promise<SizeResult> {
  const name = `bench-${size}-${Date.now()}`;
  const label = sealed ? `${size}` : `${size} unsealed`;
  const page = await labPage(browser);
  log(`${label}: building the ledger with bulk import`);
  const built = await page.evaluate(([n, s, sd, sl]) => window.lab.bench.build(n, s, sd, sl), [
    name,
    size,
    seed,
    sealed,
  ] as const);
  log(
    `${label}: built in ${Math.round(built.buildMs)} ms, verify ${built.verifyOk ? 'OK' : 'FAILED'}`,
  );
  // Before the bench's own payments, which are not in the journal.
  const purse = await page.evaluate(() => window.lab.bench.totals());
  const sample = sealed
    ? await page.evaluate(([n, r, sd]) => window.lab.bench.bulkVsRaw(n, r, sd), [
        Math.min(SAMPLE, size),
        runs,
        seed,
      ] as const)
    : undefined;
  if (sample) log(`${label}: bulk vs raw ${sample.ratio.toFixed(2)}`);
  const hot = await page.evaluate(([r, p]) => window.lab.bench.hotPaths(r, p), [
    runs,
    PAYMENTS,
  ] as const);
  log(`${label}: hot paths done`);
  const imported = await page.evaluate((n) => window.lab.bench.importCsv(n), IMPORT_ROWS);
  log(`${label}: ${IMPORT_ROWS}-row CSV imported in ${Math.round(imported.totalMs)} ms`);
  const exports = [];
  let peakHeap = 0;
  for (let run = 0; run < Math.min(runs, 3); run += 1) {
    const [result, peak] = await withPeakHeap(page, () =>
      page.evaluate(() => window.lab.bench.exportCsv()),
    );
    exports.push(result);
    peakHeap = Math.max(peakHeap, peak);
  }
  log(`${label}: export done`);
  const at = await page.evaluate(() => window.lab.bench.lastInstant());
  await page.evaluate(() => window.lab.bench.drop(''));
  await page.close();

  const cold: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const fresh = await labPage(browser);
    cold.push(
      await fresh.evaluate(([n, t]) => window.lab.bench.coldDashboard(n, t), [name, at] as const),
    );
    await fresh.close();
  }
  const cleanup = await labPage(browser);
  await cleanup.evaluate((n) => window.lab.bench.drop(n), name);
  await cleanup.close();
  log(`${label}: cold opens done`);

  const row: Row = {
    transactions: size,
    // The machine is shared: the 5-minute load average says how loaded it was.
    'load average': +loadavg()[1]!.toFixed(1),
    years: built.years,
    verify: built.verifyOk ? 'OK' : `FAILED: ${built.problems.join('; ')}`,
    'build (txn/s)': Math.round(built.buildTxnPerSec),
    ...(sample
      ? {
          'bulk (rows/s)': Math.round(sample.bulkRowsPerSec),
          'raw put (rows/s)': Math.round(sample.rawRowsPerSec),
          'bulk ÷ raw': +sample.ratio.toFixed(2),
        }
      : {}),
    'commit p50 (ms)': +hot.commitP50.toFixed(1),
    'commit p95 (ms)': +hot.commitP95.toFixed(1),
    'cold open (ms)': Math.round(median(cold)),
    'dashboard (ms)': +hot.dashboardMs.toFixed(1),
    'analytics month (ms)': +hot.analyticsMonthMs.toFixed(1),
    'analytics year (ms)': +hot.analyticsYearMs.toFixed(1),
    'analytics all (ms)': +hot.analyticsAllMs.toFixed(1),
    'history page (ms)': +hot.historyFirstPageMs.toFixed(1),
    'search (ms)': +hot.searchMs.toFixed(1),
    'search, no match (ms)': +hot.searchFullScanMs.toFixed(1),
    [`CSV import ${IMPORT_ROWS / 1000}k rows (s)`]: +(imported.totalMs / 1000).toFixed(1),
    'CSV import (rows/s)': Math.round(imported.rowsPerSec),
    'CSV import read / check / commit (s)': [imported.readMs, imported.checkMs, imported.commitMs]
      .map((ms) => (ms / 1000).toFixed(1))
      .join(' / '),
    'export (rows/s)': Math.round(median(exports.map((e) => e.rowsPerSec))),
    'export peak heap (MB)': Math.round(peakHeap / 2 ** 20),
    'verify (ms)': Math.round(built.verifyMs),
  };
  return { row, purse, at, exportMs: median(exports.map((e) => e.ms)) };
}

/**
 * One size: Purse's lines on the sealed ledger, hledger's and ledger-cli's on its journal,
 * and (unless `--no-unsealed`, at sizes up to 100k) the same lines on the same ledger kept in
 * clear, so that what sealing costs shows on every line.
 */
async function benchSize(browser: BrowserContext, size: number): Promise<SizeResult> {
  const { row, purse, at, exportMs } = await purseLines(browser, size, true);
  if (withUnsealed.includes(size)) {
    const clear = (await purseLines(browser, size, false)).row;
    for (const [key, value] of Object.entries(clear))
      if (UNSEALED_LINES.has(key)) row[unsealedKey(key)] = value;
  }
  if (withRenderer.includes(size)) Object.assign(row, await rendererRow(size));
  const analyticsAllMs = Number(row['analytics all (ms)']);
  if (hasTool('hledger')) {
    const journal = await writeJournal(size, 'hledger');
    const mismatches = totalsMismatches(purse, hledgerTotalsOf(journal));
    row['totals = hledger'] = mismatches.length === 0 ? 'OK' : 'MISMATCH';
    if (mismatches.length) log(`${size}: MISMATCH\n  ${mismatches.slice(0, 20).join('\n  ')}`);
    const toolRuns = size >= 1_000_000 ? Math.min(runs, 3) : runs;
    const balanceMs = timeTool('hledger', TOOL_REPORTS.hledger.balance(journal), toolRuns);
    const registerMs = timeTool('hledger', TOOL_REPORTS.hledger.register(journal), toolRuns);
    row['hledger balance -M (ms)'] = Math.round(balanceMs);
    row['hledger ÷ Purse analytics all'] = Math.round(balanceMs / analyticsAllMs);
    row['hledger register csv (ms)'] = Math.round(registerMs);
    row['hledger register ÷ Purse export'] = +(registerMs / exportMs).toFixed(2);
  } else {
    row['totals = hledger'] = 'hledger missing';
  }
  if (hasTool('ledger')) {
    const file = await writeJournal(size, 'ledger');
    const toolRuns = size >= 1_000_000 ? Math.min(runs, 3) : runs;
    const balanceMs = timeTool('ledger', TOOL_REPORTS.ledger.balance(file), toolRuns);
    const registerMs = timeTool('ledger', TOOL_REPORTS.ledger.register(file), toolRuns);
    row['ledger monthly (ms)'] = Math.round(balanceMs);
    row['ledger ÷ Purse analytics all'] = Math.round(balanceMs / analyticsAllMs);
    row['ledger csv (ms)'] = Math.round(registerMs);
    row['ledger csv ÷ Purse export'] = +(registerMs / exportMs).toFixed(2);
  }
  return { row, purse, at, exportMs };
}

/** The built UI's lines over a ledger of `size`: Home after unlock, and History scrolled. */
async function rendererRow(size: number): Promise<Row> {
  const ui = await rendererLines({ size, seed, port: port + 1, scratch: SCRATCH, log });
  return {
    'UI: Home after unlock (ms)': Math.round(ui.unlockToHomeMs),
    'UI: PIN to Home (ms)': Math.round(ui.pinToHomeMs),
    'UI: Home longest task (ms)': Math.round(ui.home.longestTaskMs),
    'UI: History scroll tasks > 50 ms': ui.scroll.longTasks,
    'UI: History scroll longest task (ms)': Math.round(ui.scroll.longestTaskMs),
    'UI: History scroll frame p50 / p95 (ms)': `${ui.scroll.frameP50Ms.toFixed(1)} / ${ui.scroll.frameP95Ms.toFixed(1)}`,
    'UI: History rows scrolled': ui.scroll.rowsScrolled,
  };
}

/** Actual's side of one size: its lines and ratios into the row, and its totals checked. */
async function addActual(result: SizeResult): Promise<void> {
  const { row, purse, at } = result;
  const size = Number(row.transactions);
  const actual = await benchActual({
    scratch: SCRATCH,
    size,
    seed,
    runs,
    payments: PAYMENTS,
    at,
    log,
  });
  const mismatches = totalsMismatches(purse, actual.totals).map((line) =>
    line.replace(', hledger ', ', Actual '),
  );
  row['totals = Actual'] = mismatches.length === 0 ? 'OK' : 'MISMATCH';
  if (mismatches.length) log(`${size}: Actual MISMATCH\n  ${mismatches.slice(0, 20).join('\n  ')}`);
  Object.assign(
    row,
    actualColumns(row, {
      'build (txn/s)': Math.round(actual.importTxnPerSec),
      'commit p50 (ms)': +actual.commitP50.toFixed(1),
      'commit p95 (ms)': +actual.commitP95.toFixed(1),
      'cold open (ms)': Math.round(actual.coldOpenMs),
      'analytics month (ms)': +actual.analyticsMonthMs.toFixed(1),
      'analytics year (ms)': +actual.analyticsYearMs.toFixed(1),
      'analytics all (ms)': +actual.analyticsAllMs.toFixed(1),
      'history page (ms)': +actual.historyFirstPageMs.toFixed(1),
      'search (ms)': +actual.searchMs.toFixed(1),
      'search, no match (ms)': +actual.searchFullScanMs.toFixed(1),
      'export (rows/s)': Math.round(actual.exportRowsPerSec),
    }),
    {
      'Actual import add / finish (s)': [actual.addMs, actual.finishMs]
        .map((ms) => (ms / 1000).toFixed(1))
        .join(' / '),
      'Actual version': actual.version,
      'Actual load average': +loadavg()[1]!.toFixed(1),
    },
  );
}

async function main() {
  mkdirSync(SCRATCH, { recursive: true });
  if (process.argv.includes('--actual') && sizes.some((size) => size > ACTUAL_MAX))
    log(`Actual runs at sizes up to ${ACTUAL_MAX} only`);
  const outDir = join(SCRATCH, 'lab-dist');
  // A production build of the lab page, so cold opens load bundled code as the app does.
  await viteBuild({
    configFile: 'vite.lab.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false },
  });
  const server = await preview({
    configFile: 'vite.lab.config.ts',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'warn',
  });
  // A profile on disk: a context without one keeps IndexedDB in memory, with a small quota
  // (1M transactions ended in QuotaExceededError) and none of the disk's cost.
  const profile = mkdtempSync(join(tmpdir(), 'purse-bench-'));
  const browser = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) results.push(await benchSize(browser, size));
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
  // After Chromium has closed, so that the two engines never share the cores.
  for (const result of results)
    if (withActual.includes(Number(result.row.transactions))) await addActual(result);
  const rows = results.map((result) => result.row);

  for (const row of rows) {
    console.log(`\n${row.transactions} transactions (medians of ${runs} runs)`);
    console.table(benchTable(row));
  }
  const cpu = cpus()[0]?.model.trim() ?? 'cpu';
  const machine = `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`;
  const previous = existsSync(RESULTS)
    ? ((JSON.parse(readFileSync(RESULTS, 'utf8')) as { results?: Row[] }).results ?? [])
    : [];
  const stamped: Row[] = rows.map((row) => ({
    ...row,
    date: new Date().toISOString(),
    machine,
    runs,
    seed,
  }));
  const merged = [
    ...previous.filter((old) => !sizes.includes(Number(old.transactions))),
    ...stamped,
  ].sort((a, b) => Number(a.transactions) - Number(b.transactions));
  writeFileSync(RESULTS, `${JSON.stringify({ results: merged }, null, 2)}\n`);
  console.log(`\nmedians of ${runs} runs on ${machine}; written to ${RESULTS}`);
  if (rows.some((row) => row['totals = hledger'] === 'MISMATCH' || row.verify !== 'OK')) {
    console.error('Purse totals differ from hledger’s or the invariants failed.');
    process.exit(1);
  }
  if (rows.some((row) => row['totals = Actual'] === 'MISMATCH')) {
    console.error('Purse totals differ from Actual’s.');
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
