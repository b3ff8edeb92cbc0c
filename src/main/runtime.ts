import { join } from 'node:path';
import type { App } from 'electron';
import { APP_ORIGIN } from './protocol/app-scheme';
import { originOf } from './security/origin';

export interface Runtime {
  /** out/renderer: what app:// serves. */
  readonly rendererRoot: string;
  readonly preloads: { readonly ui: string; readonly ledgerHost: string };
  /** Set only under `electron-vite dev`, which serves the pages from a loopback dev server. */
  readonly devServerOrigin: string | undefined;
  /** Origins our own pages load from. */
  readonly appOrigins: readonly string[];
  readonly devTools: boolean;
  /** The safeStorage-sealed secrets, used only when keytar cannot reach a keychain. */
  readonly secretsFile: string;
  /** The record of which store holds the secrets (no secret in it). */
  readonly secretHomeFile: string;
  /** Where Chromium keeps the ledger's IndexedDB (partition `persist:ledger`). */
  readonly ledgerFolder: string;
  /** Automatic encrypted snapshots of the ledger. */
  readonly snapshotsFolder: string;
  /** Marks that the "still running in the tray" hint was shown. */
  readonly trayHintFile: string;
}

const LOOPBACK = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+$/;

/**
 * A packaged app never honours ELECTRON_RENDERER_URL, and even unpackaged only a loopback
 * http origin is taken, so an environment variable cannot point Purse at a remote page.
 */
export function devServerOriginFrom(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | undefined {
  const url = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || !url) return undefined;
  const origin = originOf(url);
  return origin !== undefined && LOOPBACK.test(origin) ? origin : undefined;
}

export function resolveRuntime(app: Pick<App, 'getAppPath' | 'getPath' | 'isPackaged'>): Runtime {
  const root = app.getAppPath();
  const devServerOrigin = devServerOriginFrom(process.env, app.isPackaged);
  return {
    rendererRoot: join(root, 'out', 'renderer'),
    preloads: {
      ui: join(root, 'out', 'preload', 'index.cjs'),
      ledgerHost: join(root, 'out', 'preload', 'ledger-host.cjs'),
    },
    devServerOrigin,
    appOrigins: devServerOrigin ? [APP_ORIGIN, devServerOrigin] : [APP_ORIGIN],
    devTools: !app.isPackaged,
    secretsFile: join(app.getPath('userData'), 'secrets.json'),
    secretHomeFile: join(app.getPath('userData'), 'secret-home.json'),
    ledgerFolder: join(app.getPath('userData'), 'Partitions', 'ledger', 'IndexedDB'),
    snapshotsFolder: join(app.getPath('userData'), 'Snapshots'),
    trayHintFile: join(app.getPath('userData'), 'tray-hint-shown'),
  };
}
