import type { BackupSummary } from '../../shared/backup';
import { snapshotNameSchema, type SnapshotInfo } from '../../shared/snapshots';
import type { StoredSnapshot } from './snapshot-store';

const NAME = /^purse-snapshot-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z-(\d+)a-(\d+)t\.purse$/;

/** `purse-snapshot-20261125T103000Z-3a-120t.purse`: when (UTC) and how much it holds. */
export function snapshotNameOf(summary: BackupSummary): string {
  const at = new Date(summary.createdAt).toISOString(); // 2026-11-25T10:30:00.000Z
  const stamp = `${at.slice(0, 10).replaceAll('-', '')}T${at.slice(11, 19).replaceAll(':', '')}Z`;
  return `purse-snapshot-${stamp}-${summary.accounts}a-${summary.transactions}t.purse`;
}

/** What a stored file's name says about it; null for any file that is not a snapshot. */
export function snapshotInfoOf(stored: StoredSnapshot): SnapshotInfo | null {
  if (!snapshotNameSchema.safeParse(stored.name).success) return null;
  const parts = NAME.exec(stored.name)?.slice(1).map(Number);
  if (!parts) return null;
  const [year, month, day, hour, minute, second, accounts, transactions] = parts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const createdAt = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(createdAt)) return null;
  return { name: stored.name, createdAt, size: stored.size, accounts, transactions };
}
