import type { Dexie } from 'dexie';
import { PurseError } from '../../shared/errors';

function isDataCorrupt(thrown: unknown): boolean {
  let current: unknown = thrown;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    if (current instanceof PurseError) return current.code === 'DATA_CORRUPT';
    current = (current as { inner?: unknown }).inner;
  }
  return false;
}

/**
 * Refuses a data key that is not this ledger's before anything is written with it: rows
 * sealed with a second key would stay unreadable once the right key is back. Opens the first
 * row of every table; only when none opens is the key wrong (one damaged row is not).
 */
export async function checkDataKey(db: Dexie): Promise<void> {
  let opened = 0;
  let refused = 0;
  for (const table of db.tables) {
    try {
      if ((await table.limit(1).toArray()).length) opened += 1;
    } catch (thrown) {
      if (!isDataCorrupt(thrown)) throw thrown;
      refused += 1;
    }
  }
  if (refused > 0 && opened === 0) {
    throw new PurseError(
      'DATA_CORRUPT',
      'The data key in the keychain does not open this ledger. Nothing was changed; restore the original key to read it again.',
      { reason: 'wrong-key' },
    );
  }
}
