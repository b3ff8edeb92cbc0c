import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSecureWindow } from '../../../../src/main/security/secure-window';
import { createLedgerWindow, LEDGER_PARTITION } from '../../../../src/main/windows/ledger-window';
import { pageUrl } from '../../../../src/main/windows/pages';
import { createUiWindow } from '../../../../src/main/windows/ui-window';
import { FakeBrowserWindow, resetFakeElectron } from '../fakes/electron';

vi.mock('electron', async () => (await import('../fakes/electron')).electronModule);

const SECURE = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
};

function only(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0]!;
}

describe('windows', () => {
  beforeEach(resetFakeElectron);

  it('creates the UI window sandboxed, isolated, without Node and with its preload', () => {
    createUiWindow({
      url: pageUrl('renderer/index.html'),
      preload: '/p/index.cjs',
      devTools: false,
    });
    const { webPreferences } = only();
    expect(webPreferences).toMatchObject({ ...SECURE, preload: '/p/index.cjs', devTools: false });
    expect(webPreferences).not.toHaveProperty('partition');
    expect(webPreferences).not.toHaveProperty('enableRemoteModule');
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the UI from app://purse and shows it only once ready', () => {
    createUiWindow({
      url: pageUrl('renderer/index.html'),
      preload: '/p/index.cjs',
      devTools: false,
    });
    const window = only();
    expect(window.loadURL).toHaveBeenCalledWith('app://purse/renderer/index.html');
    expect(window.options['show']).toBe(false);
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('creates the ledger host hidden, in its own persistent partition, just as locked down', () => {
    createLedgerWindow({ preload: '/p/ledger-host.cjs', devTools: false });
    const window = only();
    expect(window.options['show']).toBe(false);
    expect(window.webPreferences).toMatchObject({
      ...SECURE,
      preload: '/p/ledger-host.cjs',
      partition: LEDGER_PARTITION,
      backgroundThrottling: false,
    });
    expect(LEDGER_PARTITION).toBe('persist:ledger');
  });

  it('does not let a caller weaken the secure preferences', () => {
    createSecureWindow({
      window: { webPreferences: { nodeIntegration: true, sandbox: false } } as never,
      preload: '/p/index.cjs',
      devTools: false,
    });
    expect(only().webPreferences).toMatchObject(SECURE);
  });

  it('loads pages from the dev server only when one is given', () => {
    expect(pageUrl('ledger/host.html')).toBe('app://purse/ledger/host.html');
    expect(pageUrl('ledger/host.html', 'http://localhost:5173')).toBe(
      'http://localhost:5173/ledger/host.html',
    );
  });
});
