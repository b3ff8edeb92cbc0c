import { describe, expect, it, vi } from 'vitest';
import { devServerOriginFrom, resolveRuntime } from '../../../src/main/runtime';

vi.mock('electron', () => ({ protocol: {} }));

describe('runtime', () => {
  it('loads from the dev server only in an unpackaged app, and only from loopback', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(devServerOriginFrom(env, false)).toBe('http://localhost:5173');
    expect(devServerOriginFrom(env, true)).toBeUndefined();
    expect(
      devServerOriginFrom({ ELECTRON_RENDERER_URL: 'https://evil.example' }, false),
    ).toBeUndefined();
    expect(
      devServerOriginFrom({ ELECTRON_RENDERER_URL: 'http://10.0.0.2:5173' }, false),
    ).toBeUndefined();
    expect(devServerOriginFrom({}, false)).toBeUndefined();
  });

  it('serves the built app from the app folder, with devtools off when packaged', () => {
    const runtime = resolveRuntime({
      getAppPath: () => '/opt/purse',
      getPath: () => '/home/me/.config/Purse',
      isPackaged: true,
    });
    expect(runtime).toMatchObject({
      rendererRoot: '/opt/purse/out/renderer',
      preloads: {
        ui: '/opt/purse/out/preload/index.cjs',
        ledgerHost: '/opt/purse/out/preload/ledger-host.cjs',
      },
      devServerOrigin: undefined,
      appOrigins: ['app://purse'],
      devTools: false,
      secretsFile: '/home/me/.config/Purse/secrets.json',
    });
  });
});
