import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { fake, FakeBrowserWindow, resetFakeElectron } from '../fakes/electron';

vi.mock('electron', async () => (await import('../fakes/electron')).electronModule);
const { dialog } = await import('electron');
const { saveDialogSink } = await import('../../../../src/main/files/save-dialog-sink');

let dir: string;
let window: FakeBrowserWindow;

beforeEach(async () => {
  resetFakeElectron();
  dir = await mkdtemp(join(tmpdir(), 'purse-save-'));
  window = new FakeBrowserWindow({});
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function sink() {
  return saveDialogSink({
    dialog,
    parent: () => window as unknown as BrowserWindow,
    startIn: () => '/home/me/Documents',
  });
}

describe('saveDialogSink', () => {
  it('asks with the OS save dialog, attached to the window, and writes where the person chose', async () => {
    const path = join(dir, 'my statement.csv');
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    const target = await sink().choose({ kind: 'statement', suggestedName: 'purse-statement.csv' });
    expect(fake.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        defaultPath: join('/home/me/Documents', 'purse-statement.csv'),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      }),
    );
    await target!.write('\uFEFFdate,memo\r\n');
    await target!.write('2026-11-20,和同事吃火锅\r\n');
    await target!.finish();
    expect(await readFile(path, 'utf8')).toBe('\uFEFFdate,memo\r\n2026-11-20,和同事吃火锅\r\n');
    expect(await readdir(dir)).toEqual(['my statement.csv']);
  });

  it('writes nothing when the dialog is closed', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await sink().choose({ kind: 'backup', suggestedName: 'b.purse' })).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves no half file behind when the export is cancelled', async () => {
    const path = join(dir, 'partial.csv');
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    const target = await sink().choose({ kind: 'statement', suggestedName: 's.csv' });
    await target!.write('a'.repeat(256 * 1024));
    await target!.abort();
    expect(await readdir(dir)).toEqual([]);
    await expect(target!.write('more')).rejects.toThrow();
  });

  it('says so when the file cannot be written, and leaves nothing there', async () => {
    const path = join(dir, 'missing-folder', 'x.csv');
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path });
    const target = await sink().choose({ kind: 'statement', suggestedName: 'x.csv' });
    await expect(target!.write('row\r\n')).rejects.toMatchObject({ code: 'ENOENT' });
    await target!.abort();
    expect(await readdir(dir)).toEqual([]);
  });
});
