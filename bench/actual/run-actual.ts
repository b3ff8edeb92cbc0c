import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from '../stats';
import type { ActualBuild } from './bench-actual';
import { ensureActual } from './install-actual';

const ENTRY = resolve('bench/actual/bench-actual.ts');

export interface ActualResult extends ActualBuild {
  readonly coldOpenMs: number;
  /** The installed `@actual-app/api`. */
  readonly version: string;
}

/** Runs bench-actual.ts in a child process; its own chatter goes to a log file. */
async function child<T>(scratch: string, args: readonly string[]): Promise<T> {
  const out = join(scratch, 'actual-result.json');
  const logFile = join(scratch, 'actual.log');
  rmSync(out, { force: true });
  const logFd = openSync(logFile, 'a');
  const code = await new Promise<number | null>((done, fail) => {
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', ENTRY, '--scratch', scratch, '--out', out, ...args],
      { stdio: ['ignore', logFd, 'inherit'] },
    );
    proc.on('error', fail);
    proc.on('exit', done);
  });
  closeSync(logFd);
  if (code !== 0) throw new Error(`Actual's bench child exited with ${code}; see ${logFile}`);
  return JSON.parse(readFileSync(out, 'utf8')) as T;
}

/**
 * Imports the same generated ledger into Actual, times its lines and its cold opens (each in
 * a new process) and returns them with Actual's totals.
 */
export async function benchActual(options: {
  readonly scratch: string;
  readonly size: number;
  readonly seed: number;
  readonly runs: number;
  readonly payments: number;
  /** Where the dashboard is read on a cold open. */
  readonly at: number;
  readonly log: (line: string) => void;
}): Promise<ActualResult> {
  const { scratch, size, seed, runs, payments, at, log } = options;
  ensureActual(scratch, log);
  log(`${size}: Actual importing the same ledger`);
  const built = await child<ActualBuild>(scratch, [
    '--mode',
    'build',
    '--size',
    String(size),
    '--seed',
    String(seed),
    '--runs',
    String(runs),
    '--payments',
    String(payments),
  ]);
  const cold: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const opened = await child<{ ms: number }>(scratch, [
      '--mode',
      'cold',
      '--budget',
      built.budgetId,
      '--at',
      String(at),
    ]);
    cold.push(opened.ms);
  }
  log(`${size}: Actual cold opens done`);
  const manifest = join(scratch, 'actual/node_modules/@actual-app/api/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { ...built, coldOpenMs: median(cold), version };
}
