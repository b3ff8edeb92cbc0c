import { execFileSync } from 'node:child_process';
import { hledgerTotals, type Totals } from './totals';

/** Whether a command-line tool answers `--version` (hledger and ledger come from Debian). */
export function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function run(tool: string, args: readonly string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 2 ** 30 });
}

/** hledger's account balances and monthly category totals of a journal file. */
export function hledgerTotalsOf(journal: string): Totals {
  return hledgerTotals(
    run('hledger', ['-f', journal, 'balance', '--flat', '-O', 'csv']),
    run('hledger', ['-f', journal, 'balance', '^expenses', '^income', '-M', '--flat', '-O', 'csv']),
  );
}

/** The reports timed beside Purse: monthly balance by category and the full register. */
export const TOOL_REPORTS = {
  hledger: {
    balance: (file: string) => ['-f', file, 'balance', '^expenses', '^income', '-M', '--flat'],
    register: (file: string) => ['-f', file, 'register', '-O', 'csv'],
  },
  ledger: {
    balance: (file: string) => ['-f', file, 'register', '^expenses', '^income', '--monthly'],
    register: (file: string) => ['-f', file, 'csv'],
  },
} as const;

/** Median wall time of `runs` runs of a tool, in ms (output discarded). */
export function timeTool(tool: string, args: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    execFileSync(tool, args, { stdio: 'ignore', maxBuffer: 2 ** 30 });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
