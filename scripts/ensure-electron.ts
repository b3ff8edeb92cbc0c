// Runs before `npm start`, `npm run dev` and `npm run dist`: Electron 42+ no longer fetches its
// binary at `npm install`, and electron-vite only looks for `node_modules/electron/path.txt`,
// which nothing would write. This fetches the binary first, or says in one line why it cannot.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What Electron's installer (`@electron/get` 5) needs; older Node cannot run it. */
export const NODE_FOR_ELECTRON = '22.12.0';

export type ElectronBinary =
  { readonly state: 'ready'; readonly path: string } | { readonly state: 'missing' };

export interface EnsureOptions {
  /** The folder of the installed `electron` package. */
  readonly electronDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `process.versions.node`. */
  readonly nodeVersion: string;
  /** Runs Electron's own installer script; returns its exit status. */
  readonly runInstaller: (script: string) => number;
}

export type EnsureOutcome =
  | { readonly ok: true; readonly path: string; readonly fetched: boolean }
  | { readonly ok: false; readonly message: string };

function atLeast(version: string, minimum: string): boolean {
  const have = version.replace(/^v/, '').split('.').map(Number);
  const need = minimum.split('.').map(Number);
  for (let i = 0; i < need.length; i += 1) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** Where electron-vite will look for the binary, and whether it is there. */
export function electronBinary(
  electronDir: string,
  env: Readonly<Record<string, string | undefined>>,
): ElectronBinary {
  const override = env['ELECTRON_EXEC_PATH'];
  if (override)
    return existsSync(override) ? { state: 'ready', path: override } : { state: 'missing' };
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return { state: 'missing' };
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { state: 'ready', path: binary } : { state: 'missing' };
}

export function ensureElectron(options: EnsureOptions): EnsureOutcome {
  const before = electronBinary(options.electronDir, options.env);
  if (before.state === 'ready') return { ok: true, path: before.path, fetched: false };
  if (options.env['ELECTRON_EXEC_PATH']) {
    return {
      ok: false,
      message: `ELECTRON_EXEC_PATH points at ${options.env['ELECTRON_EXEC_PATH']}, which does not exist: fix it or unset it.`,
    };
  }
  if (options.env['ELECTRON_SKIP_BINARY_DOWNLOAD']) {
    return {
      ok: false,
      message:
        "Electron's binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD is set: unset it and run the command again (tests and dev:web do not need the binary).",
    };
  }
  if (!atLeast(options.nodeVersion, NODE_FOR_ELECTRON)) {
    return {
      ok: false,
      message: `The desktop app needs Node ${NODE_FOR_ELECTRON} or later to fetch Electron; this is Node ${options.nodeVersion} (tests and dev:web work on Node 20).`,
    };
  }
  console.log("Fetching Electron's binary (once; it is kept in node_modules/electron)…");
  const status = options.runInstaller(join(options.electronDir, 'install.js'));
  const after = electronBinary(options.electronDir, options.env);
  if (status !== 0 || after.state !== 'ready') {
    return {
      ok: false,
      message:
        "Electron's binary could not be downloaded: check the connection (or set ELECTRON_MIRROR), then run `npx install-electron` and try again.",
    };
  }
  return { ok: true, path: after.path, fetched: true };
}

function electronPackageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('electron/package.json'));
}

function main(): void {
  const outcome = ensureElectron({
    electronDir: electronPackageDir(),
    env: process.env,
    nodeVersion: process.versions.node,
    runInstaller: (script) =>
      spawnSync(process.execPath, [script], { stdio: 'inherit' }).status ?? 1,
  });
  if (!outcome.ok) {
    console.error(`purse: ${outcome.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
