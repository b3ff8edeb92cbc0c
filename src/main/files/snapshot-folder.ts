import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PurseError } from '../../shared/errors';
import { snapshotNameSchema } from '../../shared/snapshots';
import type { SnapshotStore } from '../../gateway/snapshots/snapshot-store';

/** Only names the gateway makes reach the disk: never a path, never `..`. */
function pathIn(folder: string, name: string): string {
  if (!snapshotNameSchema.safeParse(name).success || basename(name) !== name)
    throw new PurseError('VALIDATION', 'Not a snapshot name.');
  return join(folder, name);
}

/**
 * Snapshots as files in one folder of the app's data (`<userData>/Snapshots`), made on
 * first use with access for this user only. Each is written to a temporary file, flushed to
 * disk, then renamed over its name, so a crash leaves the old file or the whole new one.
 */
export function snapshotFolder(folder: string): SnapshotStore {
  const ready = () => mkdir(folder, { recursive: true, mode: 0o700 });
  return {
    async list() {
      await ready();
      const names = (await readdir(folder)).filter(
        (name) => snapshotNameSchema.safeParse(name).success,
      );
      const listed = await Promise.all(
        names.map(async (name) => {
          try {
            return [{ name, size: (await stat(join(folder, name))).size }];
          } catch {
            return []; // removed meanwhile
          }
        }),
      );
      return listed.flat();
    },
    async write(name, text) {
      const target = pathIn(folder, name);
      await ready();
      const temporary = join(folder, `.${name}.${randomUUID()}.tmp`);
      const file = await open(temporary, 'wx', 0o600);
      try {
        await file.writeFile(text, 'utf8');
        await file.sync();
      } catch (error) {
        await file.close();
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
      await file.close();
      await rename(temporary, target);
    },
    async read(name) {
      return readFile(pathIn(folder, name), 'utf8');
    },
    async remove(name) {
      await unlink(pathIn(folder, name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    },
  };
}
