/**
 * Writes test/fixtures/ledger-v<N>.json: the reference ledger (ledger-v1.json, in clear) as
 * schema version N stores it, sealed with a fresh test-only key. Run it when a new schema
 * version ships, before the next one changes anything:
 *   MAKE_LEDGER_FIXTURE=4 npx vitest run test/unit/ledger/make-ledger-fixture.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dexie } from 'dexie';
import { it } from 'vitest';
import { FieldCipher, newDataKey } from '../../../src/ledger/crypto/field-cipher';
import { sealLedger } from '../../../src/ledger/db';
import { SCHEMA_VERSIONS } from '../../../src/ledger/migrations';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const version = Number(process.env.MAKE_LEDGER_FIXTURE ?? 0);

it.runIf(version >= 2)(`writes the fixture for schema version ${version}`, async () => {
  const reference = JSON.parse(readFileSync(join(FIXTURES, 'ledger-v1.json'), 'utf8')) as {
    tables: Record<string, unknown[]>;
  };
  const key = newDataKey();
  const name = `make-fixture-v${version}`;
  // The reference as version 1 stored it, then every upgrade up to `version` run on it, as
  // the ledger runs them (sealing, roll-ups, memo search tokens): what that version holds.
  const first = new Dexie(name);
  first.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
  await first.open();
  for (const [table, rows] of Object.entries(reference.tables))
    await first.table(table).bulkAdd(rows);
  first.close();
  const db = new Dexie(name);
  sealLedger(db, new FieldCipher(key));
  for (const step of SCHEMA_VERSIONS.filter((v) => v.version <= version)) {
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
  await db.open();
  db.close();

  const raw = new Dexie(name);
  await raw.open();
  const tables: Record<string, unknown[]> = {};
  for (const table of raw.tables) tables[table.name] = await table.toArray();
  raw.close();
  const json = JSON.stringify(
    { schemaVersion: version, dataKey: Buffer.from(key).toString('base64'), tables },
    (_key, value: unknown) =>
      value instanceof Uint8Array ? { $bytes: Buffer.from(value).toString('base64') } : value,
    1,
  );
  writeFileSync(join(FIXTURES, `ledger-v${version}.json`), json);
});
