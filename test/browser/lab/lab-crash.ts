import type { DBCore, Middleware } from 'dexie';
import type { PurseDb } from '../../../src/ledger/db';

/**
 * What the crash tests watch from outside: rows written to IndexedDB so far (so that a test
 * can kill the browser while a transaction is writing), and how far an operation got.
 */
const progress = {
  writes: 0,
  acked: 0,
  state: 'idle' as 'idle' | 'running' | 'done' | 'failed',
  error: '',
};
let db: PurseDb | undefined;

const countWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'lab-count-writes',
  level: 0,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (req) => {
          progress.writes += 'values' in req ? req.values.length : 1;
          return table.mutate(req);
        },
      };
    },
  }),
};

/** Re-opens the ledger's database with the write counter in its stack. */
export async function watchWrites(ledgerDb: PurseDb): Promise<void> {
  db = ledgerDb;
  ledgerDb.close();
  ledgerDb.use(countWrites);
  await ledgerDb.open();
  progress.writes = 0;
}

/** Starts `work` without waiting for it; the test polls `progress` and kills at will. */
function start(work: () => Promise<unknown>): void {
  progress.state = 'running';
  progress.acked = 0;
  work().then(
    () => (progress.state = 'done'),
    (error: unknown) => {
      progress.error = String(error);
      progress.state = 'failed';
    },
  );
}

function requireDb(): PurseDb {
  if (!db) throw new Error('lab.open() first');
  return db;
}

export const labCrash = {
  progress: () => ({ ...progress }),
  start,
  /** Counts one acknowledged step of an operation (a payment that answered ok). */
  ack: () => void (progress.acked += 1),
  /** Runs `work` inside one read-write transaction over every table: all of it or none. */
  inOneTransaction: (work: () => Promise<unknown>) =>
    requireDb().transaction('rw', requireDb().tables, work),
};
