import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronBinary, ensureElectron } from '../../../scripts/ensure-electron';

const root = join(import.meta.dirname, '..', '..', '..');

/** An `electron` package as npm leaves it since Electron 42: no binary, no path.txt. */
function freshElectronPackage(installer: 'downloads' | 'fails'): string {
  const dir = mkdtempSync(join(tmpdir(), 'purse-electron-'));
  const body =
    installer === 'downloads'
      ? `const fs = require('fs'); const path = require('path');
         fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
         fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), 'binary');
         fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`
      : `console.error('getaddrinfo ENOTFOUND'); process.exit(1);`;
  writeFileSync(join(dir, 'install.js'), body);
  return dir;
}

const runNode = (script: string) => spawnSync(process.execPath, [script]).status ?? 1;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/ensure-electron', () => {
  it('fetches the binary with Electron’s own installer when it is missing, so electron-vite finds it', () => {
    const electronDir = freshElectronPackage('downloads');
    dirs.push(electronDir);
    expect(electronBinary(electronDir, {})).toEqual({ state: 'missing' });

    const outcome = ensureElectron({
      electronDir,
      env: {},
      nodeVersion: '22.12.0',
      runInstaller: runNode,
    });

    expect(outcome).toEqual({
      ok: true,
      path: join(electronDir, 'dist', 'electron'),
      fetched: true,
    });
    expect(readFileSync(join(electronDir, 'path.txt'), 'utf8')).toBe('electron');
  });

  it('does nothing when the binary is already there', () => {
    const electronDir = freshElectronPackage('fails');
    dirs.push(electronDir);
    mkdirSync(join(electronDir, 'dist'));
    writeFileSync(join(electronDir, 'dist', 'electron'), 'binary');
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    let ran = 0;
    const outcome = ensureElectron({
      electronDir,
      env: {},
      nodeVersion: '20.20.2',
      runInstaller: () => (ran += 1),
    });
    expect(outcome).toMatchObject({ ok: true, fetched: false });
    expect(ran).toBe(0);
  });

  it('says in one line that the download failed, and how to retry', () => {
    const electronDir = freshElectronPackage('fails');
    dirs.push(electronDir);
    const outcome = ensureElectron({
      electronDir,
      env: {},
      nodeVersion: '24.1.0',
      runInstaller: runNode,
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(/could not be downloaded.*npx install-electron/);
    expect(outcome.message).not.toContain('\n');
  });

  it('names the Node version Electron’s installer needs instead of failing inside it', () => {
    const electronDir = freshElectronPackage('downloads');
    dirs.push(electronDir);
    let ran = 0;
    const outcome = ensureElectron({
      electronDir,
      env: {},
      nodeVersion: '22.11.0',
      runInstaller: () => (ran += 1),
    });
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringContaining('needs Node 22.12.0 or later') as unknown,
    });
    expect(ran).toBe(0);
  });

  it('honours ELECTRON_SKIP_BINARY_DOWNLOAD and a wrong ELECTRON_EXEC_PATH with a clear line', () => {
    const electronDir = freshElectronPackage('downloads');
    dirs.push(electronDir);
    const skip = ensureElectron({
      electronDir,
      env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      nodeVersion: '22.12.0',
      runInstaller: runNode,
    });
    expect(skip).toMatchObject({ ok: false });
    expect(electronBinary(electronDir, {})).toEqual({ state: 'missing' });
    const wrong = ensureElectron({
      electronDir,
      env: { ELECTRON_EXEC_PATH: join(electronDir, 'nowhere') },
      nodeVersion: '22.12.0',
      runInstaller: runNode,
    });
    expect(wrong).toMatchObject({
      ok: false,
      message: expect.stringContaining('ELECTRON_EXEC_PATH') as unknown,
    });
  });

  it('runs before electron-vite in npm start, npm run dev and npm run dist', () => {
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    for (const name of ['start', 'dev', 'dist']) {
      expect(scripts[name], name).toMatch(/^tsx scripts\/ensure-electron\.ts && electron-vite /);
    }
  });
});
