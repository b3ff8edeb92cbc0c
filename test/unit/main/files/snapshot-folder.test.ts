import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotFolder } from '../../../../src/main/files/snapshot-folder';

const NAME = 'purse-snapshot-20261125T103000Z-3a-120t.purse';
const OLDER = 'purse-snapshot-20261124T090000Z-3a-118t.purse';
let home: string;
let folder: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'purse-snapshots-'));
  folder = join(home, 'Snapshots');
});
afterEach(() => rm(home, { recursive: true, force: true }));

describe('the snapshots folder in the app data', () => {
  it('is made on first use, for this user only, and lists what was written with its size', async () => {
    const store = snapshotFolder(folder);
    expect(await store.list()).toEqual([]);
    await store.write(NAME, '{"sealed":"ü"}');
    await store.write(OLDER, '{}');
    expect((await store.list()).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: OLDER, size: 2 },
      { name: NAME, size: 15 },
    ]);
    expect(await store.read(NAME)).toBe('{"sealed":"ü"}');
    if (process.platform !== 'win32') expect((await stat(folder)).mode & 0o777).toBe(0o700);
  });

  it('replaces a file whole and leaves no temporary file behind', async () => {
    const store = snapshotFolder(folder);
    await store.write(NAME, 'first');
    await store.write(NAME, 'second, longer');
    expect(await store.read(NAME)).toBe('second, longer');
    expect(await readdir(folder)).toEqual([NAME]);
  });

  it('removes a snapshot, and removing one already gone is no error', async () => {
    const store = snapshotFolder(folder);
    await store.write(NAME, 'x');
    await store.remove(NAME);
    await store.remove(NAME);
    expect(await store.list()).toEqual([]);
  });

  it('ignores files that are not snapshots and refuses names that are paths', async () => {
    const store = snapshotFolder(folder);
    await store.write(NAME, 'x');
    await writeFile(join(folder, 'notes.txt'), 'hello');
    expect((await store.list()).map((file) => file.name)).toEqual([NAME]);
    await expect(store.read('../secrets.json')).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(store.write(`../${NAME}`, 'x')).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
