import type { BackupRestored } from '../../shared/backup';
import type { Clock } from '../../shared/clock';
import type { LedgerApi, LedgerInternalApi } from '../../shared/contract';
import { dayKeyOf } from '../../shared/dates';
import { PurseError } from '../../shared/errors';
import type { QuickCheck, SnapshotInfo } from '../../shared/snapshots';
import type { SecretStore } from '../security/secret-store';
import { keepSnapshots } from './keep-snapshots';
import { snapshotKey } from './snapshot-key';
import { snapshotInfoOf, snapshotNameOf } from './snapshot-names';
import type { SnapshotStore } from './snapshot-store';

export interface SnapshotDeps {
  readonly store: SnapshotStore;
  readonly secrets: SecretStore;
  readonly ledger: Pick<LedgerApi, 'ledger.verify'>;
  readonly internal: Pick<
    LedgerInternalApi,
    'snapshots.create' | 'snapshots.restore' | 'ledger.quickCheck'
  >;
  readonly clock: Clock;
  /** Whose days, weeks and months rotation counts in. */
  readonly timeZone: string;
}

export interface Snapshots {
  /** Every snapshot, newest first. */
  list(): Promise<SnapshotInfo[]>;
  /** Takes one now (the ledger must verify), then rotates. */
  take(): Promise<SnapshotInfo>;
  /**
   * The daily job: when today has no snapshot yet, runs the full `ledger.verify` and, if the
   * ledger is sound, takes one and rotates. At most one pass runs at a time; after the first
   * of a day it answers at once.
   */
  takeIfDue(): Promise<SnapshotInfo | null>;
  /** Whether today's snapshot has still to be looked for: cheap, asked on every request. */
  due(): boolean;
  /** The backups' checked restore of one snapshot; `confirm: false` only reads it. */
  restore(name: string, confirm: boolean): Promise<BackupRestored>;
  /** The newest snapshot that opens with the key in the keychain. */
  newestGood(): Promise<SnapshotInfo | null>;
  /** The quick check at start, asked once; forgotten after a restore. */
  startCheck(): Promise<QuickCheck>;
}

/** Automatic encrypted snapshots: taken by main, kept in the data folder, rotated. */
export function createSnapshots(deps: SnapshotDeps): Snapshots {
  let checkedToday: string | undefined;
  let running: Promise<SnapshotInfo | null> | undefined;
  let started: Promise<QuickCheck> | undefined;
  const today = () => dayKeyOf(deps.clock.now(), deps.timeZone);

  async function list(): Promise<SnapshotInfo[]> {
    const stored = await deps.store.list();
    return stored
      .flatMap((file) => snapshotInfoOf(file) ?? [])
      .sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
  }

  async function rotate(): Promise<void> {
    const all = await list();
    const kept = keepSnapshots(
      all.map((snapshot) => snapshot.createdAt),
      deps.clock.now(),
      deps.timeZone,
    );
    for (const snapshot of all)
      if (!kept.has(snapshot.createdAt)) await deps.store.remove(snapshot.name);
  }

  async function take(): Promise<SnapshotInfo> {
    const report = await deps.ledger['ledger.verify'](undefined);
    if (!report.ok)
      throw new PurseError('DATA_CORRUPT', 'The ledger does not add up; no snapshot was taken.', {
        problems: report.problems.length,
      });
    const key = (await snapshotKey(deps.secrets, { mayCreate: true }))!;
    const created = await deps.internal['snapshots.create']({ key });
    const name = snapshotNameOf(created.summary);
    await deps.store.write(name, created.file);
    checkedToday = dayKeyOf(created.summary.createdAt, deps.timeZone);
    await rotate();
    const info = snapshotInfoOf({ name, size: created.file.length });
    return info!;
  }

  async function dueOrNull(): Promise<SnapshotInfo | null> {
    const day = today();
    if (checkedToday === day) return null;
    if ((await list()).some((snapshot) => dayKeyOf(snapshot.createdAt, deps.timeZone) === day)) {
      checkedToday = day;
      return null;
    }
    // One try a day: a ledger that does not verify is not verified again on every call.
    checkedToday = day;
    return take();
  }

  async function restore(name: string, confirm: boolean): Promise<BackupRestored> {
    if (!(await list()).some((snapshot) => snapshot.name === name))
      throw new PurseError('NOT_FOUND', 'That snapshot is no longer there.');
    const key = await snapshotKey(deps.secrets, { mayCreate: false });
    if (key === null)
      throw new PurseError('BACKUP_UNREADABLE', 'The key of the snapshots is not in the keychain.');
    const file = await deps.store.read(name);
    const restored = await deps.internal['snapshots.restore']({ file, key, confirm });
    if (restored.restored) started = undefined;
    return restored;
  }

  return {
    list,
    take,
    due: () => running === undefined && checkedToday !== today(),
    takeIfDue() {
      if (checkedToday === today()) return Promise.resolve(null);
      running ??= dueOrNull().finally(() => {
        running = undefined;
      });
      return running;
    },
    restore,
    async newestGood() {
      for (const snapshot of await list()) {
        try {
          await restore(snapshot.name, false);
          return snapshot;
        } catch {
          // Damaged or sealed with another key: the next one may open.
        }
      }
      return null;
    },
    startCheck() {
      started ??= deps.internal['ledger.quickCheck']({}).catch((thrown: unknown) => {
        started = undefined;
        throw thrown;
      });
      return started;
    },
  };
}

const unavailable = () =>
  Promise.reject(new PurseError('UNAVAILABLE', 'Snapshots are not available here.'));

/** Where the platform keeps no snapshots: none is taken or offered; the check still runs. */
export function noSnapshots(internal: Pick<LedgerInternalApi, 'ledger.quickCheck'>): Snapshots {
  return {
    list: () => Promise.resolve([]),
    take: unavailable,
    takeIfDue: () => Promise.resolve(null),
    due: () => false,
    restore: unavailable,
    newestGood: () => Promise.resolve(null),
    startCheck: () => internal['ledger.quickCheck']({}),
  };
}
