import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { newDataKey } from '../../../src/ledger/crypto/field-cipher';
import { SEALED_FIELD } from '../../../src/ledger/crypto/sealing-middleware';
import { rebuildRollups, ROLLUP_SCOPES } from '../../../src/ledger/engine/aggregates';
import { allRows } from '../../../src/ledger/engine/aggregate-sheets';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../src/ledger/migrations';
import { openLedger } from '../../../src/ledger/open-ledger';
import { composeGateway } from '../../../src/gateway/compose-gateway';
import type { Account, InvariantReport } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import type { Result } from '../../../src/shared/result';
import { ManualClock } from '../../support/ledger-fixture';
import { MemorySecretStore } from '../../support/memory-secret-store';
import { testHasher } from '../../support/security-fixture';

interface Fixture {
  readonly schemaVersion: number;
  /** From v2 on the rows are sealed; the fixture carries its (test-only) data key. */
  readonly dataKey?: string;
  readonly tables: Record<string, Record<string, unknown>[]>;
}

/** Databases as each earlier schema version wrote them (test/fixtures/ledger-v<N>.json). */
function fixture(version: number): Fixture {
  const text = readFileSync(
    join(import.meta.dirname, `../../fixtures/ledger-v${version}.json`),
    'utf8',
  );
  // Sealed bytes are stored as { $bytes: base64 }.
  return JSON.parse(text, (_key, value: unknown) =>
    value && typeof value === 'object' && '$bytes' in value
      ? new Uint8Array(Buffer.from((value as { $bytes: string }).$bytes, 'base64'))
      : value,
  ) as Fixture;
}

/** Builds a database exactly as schema version `version` left it, rows and all. */
async function databaseAt(version: number, name: string): Promise<void> {
  const old = new Dexie(name);
  for (const step of SCHEMA_VERSIONS.filter((v) => v.version <= version))
    old.version(step.version).stores(step.stores);
  await old.open();
  const { tables } = fixture(version);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

const FIXTURES = join(import.meta.dirname, '../../fixtures');
/** Every committed fixture, so that a new one is picked up without touching this test. */
const committed = readdirSync(FIXTURES)
  .map((file) => /^ledger-v(\d+)\.json$/.exec(file)?.[1])
  .filter((version): version is string => version !== undefined)
  .map(Number);
const earlier = [
  ...new Set([
    ...SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < CURRENT_SCHEMA_VERSION),
    ...committed.filter((v) => v < CURRENT_SCHEMA_VERSION),
  ]),
].sort((a, b) => a - b);

function must<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('ledger schema upgrades', () => {
  it('has a committed fixture for every earlier version', () => {
    for (const version of earlier) expect(fixture(version).schemaVersion).toBe(version);
  });

  it.each(earlier)(
    'serves a database made by version %i through the gateway: balances, verify, and a new payment',
    async (version) => {
      const name = `upgrade-gateway-v${version}-${Math.random()}`;
      await databaseAt(version, name);
      const stored = fixture(version).dataKey;
      const dataKey = stored ? new Uint8Array(Buffer.from(stored, 'base64')) : newDataKey();
      const clock = new ManualClock(Date.UTC(2026, 11, 1, 4, 0));
      const ledger = await openLedger({ name, dataKey, clock, timeZone: 'Asia/Shanghai' });
      try {
        const { gateway } = composeGateway({
          ledger: ledger.api,
          internal: ledger.internal,
          secrets: new MemorySecretStore(),
          hasher: testHasher,
          clock,
          appInfo: { name: 'Purse', version: 'test', platform: 'test', runtime: 'web' },
        });
        const accounts = must<Account[]>(
          await gateway.call('accounts.list', { includeArchived: true }),
        );
        const expected = fixture(1).tables.accounts!.map((a) => [a.name, a.balance]);
        expect(accounts.map((a) => [a.name, a.balance])).toEqual(expect.arrayContaining(expected));
        for (const method of ['dashboard.summary', 'transactions.recent', 'security.status'])
          must(await gateway.call(method, {}));
        expect(must<InvariantReport>(await gateway.call('ledger.verify', {})).problems).toEqual([]);

        // The upgraded ledger takes new money movements and still adds up.
        must(await gateway.call('security.setupPin', { pin: '258036' }));
        const from = accounts.find((a) => a.balance >= 1_000 && !a.archived)!;
        must(
          await gateway.call('payments.create', {
            requestId: newId(),
            accountId: from.id,
            merchant: { name: 'After upgrade' },
            amount: 1_000,
            timeZone: 'Asia/Shanghai',
            auth: { pin: '258036' },
          }),
        );
        const report = must<InvariantReport>(await gateway.call('ledger.verify', {}));
        expect(report.problems).toEqual([]);
        expect(report.checked.transactions).toBe(fixture(1).tables.transactions!.length + 1);
        // Budget alerts run after the answer; let them finish before closing.
        await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        ledger.close();
      }
    },
  );

  it.each(earlier)(
    'opens a database made by version %i, migrates it and keeps every invariant',
    async (version) => {
      const name = `upgrade-from-v${version}-${Math.random()}`;
      await databaseAt(version, name);
      // Every fixture holds the same ledger; v1 has it in clear, to compare with.
      const before = fixture(1).tables;
      const stored = fixture(version).dataKey;
      const dataKey = stored ? new Uint8Array(Buffer.from(stored, 'base64')) : newDataKey();

      const ledger = await openLedger({ name, dataKey });
      expect(ledger.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      const report = await ledger.api['ledger.verify'](undefined);
      expect(report.problems).toEqual([]);
      expect(report.checked.transactions).toBe(before.transactions!.length);

      const accounts = await ledger.api['accounts.list']({ includeArchived: true });
      const balances = Object.fromEntries(accounts.map((a) => [a.name, a.balance]));
      const expected = Object.fromEntries(
        before.accounts!.map((a) => [a.name as string, a.balance as number]),
      );
      expect(balances).toEqual(expected);
      expect((await ledger.api['settings.get'](undefined)).locale).toBe('zh-CN');

      // The roll-ups were built from the monthly rows (verify above recomputed them from the
      // postings): one of each scope, and building them again changes nothing.
      const rollups = async () =>
        (await allRows(ledger.db.aggregates))
          .filter((row) => (ROLLUP_SCOPES as readonly string[]).includes(row.scope))
          .sort((a, b) => a.id.localeCompare(b.id));
      const built = await rollups();
      expect(new Set(built.map((row) => row.scope))).toEqual(new Set(ROLLUP_SCOPES));
      await ledger.db.transaction('rw', [ledger.db.aggregates, ledger.db.categories], () =>
        rebuildRollups(ledger.db.aggregates, ledger.db.categories),
      );
      expect(await rollups()).toEqual(built);

      // Memos written before the blind index are indexed by the upgrade: searches find them.
      const latte = before.transactions!.find((t) => t.memo === 'latte 拿铁')!;
      for (const text of ['LATTE', 'tt', '拿', '拿铁', 'luckin'])
        expect((await ledger.api['history.page']({ filters: { text } })).items).toEqual([
          expect.objectContaining({ id: latte.id, memo: 'latte 拿铁' }),
        ]);
      expect((await ledger.api['history.page']({ filters: { text: 'mocha' } })).items).toEqual([]);
      ledger.close();

      // Since v2 every row is sealed on disk: nothing readable is left behind.
      const raw = new Dexie(name);
      await raw.open();
      // Since v10 the aggregates are sheets: one row per scope and period.
      for (const id of await raw.table<unknown, string>('aggregates').toCollection().primaryKeys())
        expect(id).toMatch(/^[^|]+\|[^|]+$/);
      // Since v16 the postings are inside their transactions' rows, and the memo tokens on
      // the blocks; the postings table is gone.
      expect(raw.tables.map((table) => table.name)).not.toContain('postings');
      for (const table of raw.tables) {
        for (const row of (await table.toArray()) as Record<string, unknown>[]) {
          expect(row[SEALED_FIELD]).toBeInstanceOf(Uint8Array);
          expect(row).not.toHaveProperty('lines');
          if (table.name === 'transactions') {
            expect(row).not.toHaveProperty('memoTokens');
            expect(row.sides).toEqual(
              expect.arrayContaining([[expect.any(String), row.occurredAt]]),
            );
          }
          if (table.name === 'transactionBlocks')
            expect(row.memoTokens).toEqual(expect.arrayContaining([expect.any(Number)]));
          expect(JSON.stringify(row)).not.toMatch(/零钱|瑞幸|拿铁|ICBC/);
        }
      }
      raw.close();
    },
  );
});
