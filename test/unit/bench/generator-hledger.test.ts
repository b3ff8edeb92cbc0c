import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasTool, hledgerTotalsOf } from '../../../bench/compare/run-hledger';
import { purseTotals } from '../../../bench/compare/totals';
import { generateLedger } from '../../../bench/generator/generate-ledger';
import { journalText } from '../../../bench/generator/write-journal';
import { writeLedgerToPurse } from '../../../bench/generator/write-purse';
import { freshLedger, type LedgerFixture } from '../../support/ledger-fixture';

const HAS_HLEDGER = hasTool('hledger');
const open: LedgerFixture[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const ledger of open.splice(0)) ledger.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the benchmark ledger generator', () => {
  it('builds the same ledger from the same seed and a different one from another seed', () => {
    const journal = (seed: number) =>
      [...journalText(generateLedger(200, seed), 'hledger')].join('');
    expect(journal(11)).toBe(journal(11));
    expect(journal(11)).not.toBe(journal(12));
    const ledger = generateLedger(200, 11);
    expect(ledger.years).toBeGreaterThanOrEqual(5);
    expect(ledger.years).toBeLessThanOrEqual(20);
    const kinds = new Set(ledger.transactions.map((t) => t.kind));
    expect([...kinds].sort()).toEqual(['expense', 'income', 'p2p', 'refund', 'transfer']);
  });

  if (!HAS_HLEDGER) {
    it.skip('needs hledger (apt-get install hledger) to compare its balances with Purse', () => {});
    return;
  }

  it('writes a journal whose hledger balances equal the engine’s, per account and per category and month', async () => {
    const generated = generateLedger(200, 11);
    const fixture = await freshLedger();
    open.push(fixture);
    await writeLedgerToPurse(
      {
        api: fixture.api,
        ctx: { db: fixture.db, clock: fixture.clock, timeZone: 'Asia/Shanghai' },
      },
      generated,
      64,
    );
    expect((await fixture.api['ledger.verify'](undefined)).problems).toEqual([]);

    const dir = mkdtempSync(join(tmpdir(), 'purse-journal-'));
    dirs.push(dir);
    const file = join(dir, 'ledger.journal');
    writeFileSync(file, [...journalText(generated, 'hledger')].join(''));

    const purse = await purseTotals(fixture.api, fixture.db);
    const hledger = hledgerTotalsOf(file);
    expect(Object.keys(purse).length).toBeGreaterThan(20);
    expect(purse).toEqual(hledger);
  });
});
