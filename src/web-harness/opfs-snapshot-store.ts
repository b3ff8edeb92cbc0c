import { PurseError } from '../shared/errors';
import { snapshotNameSchema } from '../shared/snapshots';
import type { SnapshotStore } from '../gateway/snapshots/snapshot-store';

/** The folder's entries; typed here because TypeScript's DOM library lacks the iterator. */
type Listable = FileSystemDirectoryHandle & {
  keys(): AsyncIterable<string>;
};

function checked(name: string): string {
  if (!snapshotNameSchema.safeParse(name).success)
    throw new PurseError('VALIDATION', 'Not a snapshot name.');
  return name;
}

/**
 * dev:web's stand-in for main's snapshots folder: the page's origin-private file system
 * (`navigator.storage.getDirectory()`), folder `snapshots`. It survives reloads and lives
 * beside the page's IndexedDB, so the whole flow (taken daily, listed, restored, offered
 * when the ledger is damaged) can be tried in a browser. A writable stream commits on
 * close, so a file is there whole or not at all.
 */
export function opfsSnapshotStore(): SnapshotStore {
  const folder = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle('snapshots', { create: true });
  return {
    async list() {
      const dir = (await folder()) as Listable;
      const found = [];
      for await (const name of dir.keys()) {
        if (!snapshotNameSchema.safeParse(name).success) continue;
        const file = await (await dir.getFileHandle(name)).getFile();
        found.push({ name, size: file.size });
      }
      return found;
    },
    async write(name, text) {
      const handle = await (await folder()).getFileHandle(checked(name), { create: true });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
    },
    async read(name) {
      const handle = await (await folder()).getFileHandle(checked(name));
      return (await handle.getFile()).text();
    },
    async remove(name) {
      try {
        await (await folder()).removeEntry(checked(name));
      } catch (thrown) {
        if ((thrown as { name?: string }).name !== 'NotFoundError') throw thrown;
      }
    },
  };
}
