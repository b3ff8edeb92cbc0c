import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActualBuild } from '../../../bench/actual/bench-actual';
import { purseTotals } from '../../../bench/compare/totals';
import { generateLedger } from '../../../bench/generator/generate-ledger';
import { writeLedgerToPurse } from '../../../bench/generator/write-purse';
import { freshLedger, type LedgerFixture } from '../../support/ledger-fixture';

const SCRATCH = resolve('.bench');
// Installed by `npm run bench` on first use, never by `npm ci`: without it this is skipped.
const INSTALLED = existsSync(join(SCRATCH, 'actual/node_modules/@actual-app/api/package.json'));
const open: LedgerFixture[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const ledger of open.splice(0)) ledger.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('Actual Budget’s engine on the generated ledger', () => {
  it.skipIf(!INSTALLED)(
    'books it with the balances and monthly category totals Purse has',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'purse-actual-'));
      dirs.push(dir);
      const out = join(dir, 'result.json');
      execFileSync(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/actual/bench-actual.ts',
          ...['--mode', 'build', '--scratch', SCRATCH, '--data', join(dir, 'data')],
          ...['--size', '300', '--seed', '11', '--runs', '1', '--payments', '2', '--out', out],
        ],
        { stdio: 'ignore' },
      );
      const actual = JSON.parse(readFileSync(out, 'utf8')) as ActualBuild;

      const fixture = await freshLedger();
      open.push(fixture);
      await writeLedgerToPurse(
        {
          api: fixture.api,
          ctx: { db: fixture.db, clock: fixture.clock, timeZone: 'Asia/Shanghai' },
        },
        generateLedger(300, 11),
        64,
      );
      const purse = await purseTotals(fixture.api, fixture.db);
      expect(Object.keys(purse).length).toBeGreaterThan(20);
      expect(actual.totals).toEqual(purse);
      // 300 transactions, their transfers' other sides, the openings and the 2 payments.
      expect(actual.exportRows).toBeGreaterThan(302);
      expect(actual.commitP50).toBeGreaterThan(0);
    },
    120_000,
  );
});
