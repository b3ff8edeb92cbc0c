import type { Dexie, Transaction } from 'dexie';
import * as v1 from './v1';
import * as v2 from './v2';
import * as v3 from './v3';
import * as v4 from './v4';
import * as v5 from './v5';
import * as v6 from './v6';
import * as v7 from './v7';
import * as v8 from './v8';
import * as v9 from './v9';
import * as v10 from './v10';
import * as v11 from './v11';
import * as v12 from './v12';
import * as v13 from './v13';
import * as v14 from './v14';
import * as v15 from './v15';
import * as v16 from './v16';
import * as v17 from './v17';

/**
 * Every schema version of the ledger, one file each (`vN.ts`: its stores and its upgrade),
 * oldest first.
 *
 * Never edit a shipped version: its upgrade must do on every database it ever meets what it
 * did the day it shipped, whatever the engine has become since. To change the schema, add
 * vN+1.ts with its own copies of the helpers it needs, as they are that day (a migration
 * imports only dexie, src/shared and its siblings here; eslint.config.js enforces it), and
 * commit the fixture test/fixtures/ledger-vN+1.json (make-ledger-fixture.test.ts writes it),
 * so that schema-upgrades.test.ts keeps opening a database made by every earlier version.
 *
 * Upgrades await only Dexie calls, so that the version change transaction keeps its turn
 * (Dexie loses it across a native await). They rely on the DBCore middlewares that the
 * ledger installs when it opens (db.ts): the sealing middleware seals what they write and
 * stores memo tokens, the blocks middleware keeps the transaction blocks in step.
 */

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/** The version that added the roll-ups of the monthly aggregates (see `AggregateScope`). */
export const ROLLUPS_SCHEMA_VERSION = 6;
/** The version that stores the aggregates as sheets (see `AggregateSheet`). */
export const SHEETS_SCHEMA_VERSION = 10;
/** The version that stores the aggregates as one sheet per period (see `AggregateSheet`). */
export const PERIOD_SHEETS_SCHEMA_VERSION = 11;
/** The version that keeps the money sent to each contact per month (`people` rows). */
export const PEOPLE_SCHEMA_VERSION = 13;
/** The version that keeps each transaction's postings in its row (`transaction-rows.ts`). */
export const POSTINGS_IN_ROWS_SCHEMA_VERSION = 16;

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: v1.stores },
  { version: 2, stores: v2.stores, upgrade: v2.upgrade },
  { version: 3, stores: v3.stores },
  { version: 4, stores: v4.stores },
  { version: 5, stores: v5.stores },
  { version: ROLLUPS_SCHEMA_VERSION, stores: v6.stores, upgrade: v6.upgrade },
  { version: 7, stores: v7.stores, upgrade: v7.upgrade },
  { version: 8, stores: v8.stores },
  { version: 9, stores: v9.stores, upgrade: v9.upgrade },
  { version: SHEETS_SCHEMA_VERSION, stores: v10.stores, upgrade: v10.upgrade },
  { version: PERIOD_SHEETS_SCHEMA_VERSION, stores: v11.stores, upgrade: v11.upgrade },
  { version: 12, stores: v12.stores },
  { version: PEOPLE_SCHEMA_VERSION, stores: v13.stores, upgrade: v13.upgrade },
  { version: 14, stores: v14.stores },
  { version: 15, stores: v15.stores },
  { version: POSTINGS_IN_ROWS_SCHEMA_VERSION, stores: v16.stores, upgrade: v16.upgrade },
  { version: 17, stores: v17.stores },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export function applySchema(db: Dexie): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
