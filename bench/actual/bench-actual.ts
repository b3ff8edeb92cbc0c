/**
 * One child process of the bench running Actual Budget's engine (`@actual-app/api` from
 * `.bench/actual`), so that its module state, SQLite and logging stay out of the runner:
 * `build` imports the generated ledger into a new budget and times the lines; `cold` loads
 * that budget from disk. Each writes its JSON result to `--out`; the budget lives in `--data`
 * (by default `.bench/actual-data`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monthKeyOf } from '../../src/shared/dates';
import type { Totals } from '../compare/totals';
import { generateLedger } from '../generator/generate-ledger';
import { createActualBooks } from './actual-books';
import { actualTransactionChunks, type ActualIds } from './actual-import';
import { loadActual } from './actual-api';
import { actualLedgerTotals, timeActualLines, type ActualLines } from './actual-lines';

export interface ActualBuild extends ActualLines {
  readonly budgetId: string;
  readonly booksMs: number;
  readonly addMs: number;
  readonly finishMs: number;
  readonly importTxnPerSec: number;
  readonly totals: Totals;
}

const CHUNK = 10_000;

function arg(name: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
}

const log = (line: string) =>
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} Actual: ${line}\n`);

async function build(scratch: string, dataDir: string): Promise<ActualBuild> {
  const size = Number(arg('size'));
  const ledger = generateLedger(size, Number(arg('seed')));
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const api = loadActual(scratch);
  const { send } = await api.init({ dataDir, verbose: false });
  let ids: ActualIds | undefined;
  let booksMs = 0;
  let addMs = 0;
  let finishFrom = 0;
  await api.runImport(`bench-${size}`, async () => {
    const booksFrom = performance.now();
    ids = await createActualBooks(api, ledger);
    const chunks = actualTransactionChunks(
      ledger,
      ids,
      process.argv.includes('--chunk') ? Number(arg('chunk')) : CHUNK,
    );
    const addFrom = performance.now();
    booksMs = addFrom - booksFrom;
    for (const { accountId, transactions } of chunks) {
      await api.addTransactions(accountId, transactions, {
        runTransfers: false,
        learnCategories: false,
      });
    }
    finishFrom = performance.now();
    addMs = finishFrom - addFrom;
  });
  // runImport's end reloads the budget and computes its spreadsheet: part of the import.
  const finishMs = performance.now() - finishFrom;
  log(`${size}: imported in ${Math.round(addMs + finishMs)} ms`);
  const budgetId = (await api.getBudgets()).find((b) => b.id)?.id;
  if (!budgetId) throw new Error('Actual lists no budget after the import');
  const totals = await actualLedgerTotals(api, ledger, ids!);
  const lines = await timeActualLines(
    api,
    send,
    ledger,
    ids!,
    Number(arg('runs')),
    Number(arg('payments')),
  );
  log(`${size}: lines done`);
  await api.shutdown();
  return {
    ...lines,
    budgetId,
    booksMs,
    addMs,
    finishMs,
    importTxnPerSec: (size / (addMs + finishMs)) * 1000,
    totals,
  };
}

/**
 * A cold open from loading the module: init, load the budget from disk and read what a
 * dashboard shows (every account's balance and the last month's budget).
 */
async function cold(scratch: string, dataDir: string): Promise<{ ms: number }> {
  const from = performance.now();
  const api = loadActual(scratch);
  await api.init({ dataDir, verbose: false });
  await api.loadBudget(arg('budget'));
  for (const account of await api.getAccounts()) await api.getAccountBalance(account.id);
  await api.getBudgetMonth(monthKeyOf(Number(arg('at')), 'Asia/Shanghai'));
  const ms = performance.now() - from;
  await api.shutdown();
  return { ms };
}

async function main() {
  // tsx turns on source maps for the bench's own files; Actual's import path throws and
  // catches an error per row, and mapping each stack through its 27 MB bundle's map would
  // charge Actual for the harness. Plain `node`, as Actual's users run it, maps none.
  process.setSourceMapsEnabled(false);
  const scratch = arg('scratch');
  const dataDir = process.argv.includes('--data') ? arg('data') : join(scratch, 'actual-data');
  const result =
    arg('mode') === 'cold' ? await cold(scratch, dataDir) : await build(scratch, dataDir);
  writeFileSync(arg('out'), JSON.stringify(result));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
