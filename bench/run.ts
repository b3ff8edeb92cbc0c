/**
 * `npm run bench [-- --sizes 1000,10000 --runs 3]`: runs the ledger benchmarks in real
 * Chromium on real IndexedDB and prints medians over the runs; writes .bench/results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium';
import type { BenchResult } from './in-page';

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const sizes = arg('sizes', '1000,3000').split(',').map(Number);
const runs = Number(arg('runs', '3'));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main() {
  const server = await createServer({ configFile: 'vite.lab.config.ts', server: { port: 5319 } });
  await server.listen();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const rows: Record<string, number | string>[] = [];
  try {
    for (const size of sizes) {
      const results: BenchResult[] = [];
      for (let run = 0; run < runs; run += 1) {
        const page = await browser.newPage();
        await page.goto('http://127.0.0.1:5319/');
        await page.waitForSelector('body[data-ready="true"]');
        results.push(await page.evaluate((n) => window.lab.bench.runLedgerBench(n), size));
        await page.close();
        process.stderr.write(`size ${size}: run ${run + 1}/${runs} done\n`);
      }
      const m = (key: keyof BenchResult) => median(results.map((r) => r[key]));
      rows.push({
        transactions: size,
        'commit p50 (ms)': +m('commitP50').toFixed(2),
        'commit p95 (ms)': +m('commitP95').toFixed(2),
        'dashboard p50 (ms)': +m('dashboardP50').toFixed(2),
        'recent 50 p50 (ms)': +m('recentP50').toFixed(2),
        'seed (txn/s)': Math.round(m('seedTxnPerSec')),
        'seed rows/s ÷ raw put rows/s': +(m('seedRowsPerSec') / m('rawPutRowsPerSec')).toFixed(2),
        'raw put (rows/s)': Math.round(m('rawPutRowsPerSec')),
        'verify (ms)': Math.round(m('verifyMs')),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.table(rows);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
  mkdirSync('.bench', { recursive: true });
  const file = join('.bench', 'results.json');
  writeFileSync(
    file,
    JSON.stringify({ date: new Date().toISOString(), machine, runs, rows }, null, 2),
  );
  console.log(`medians of ${runs} runs on ${machine}; written to ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
