import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../../src/shared/contract';
import { UI_CSP, LEDGER_CSP } from '../../../src/main/security/csp';
import type { FakeSession } from './fakes/electron';
import {
  electronModule,
  fake,
  FakeBrowserWindow,
  FakeNotification,
  FakeTray,
  FakeWebContents,
  resetFakeElectron,
} from './fakes/electron';

const noKeychain = {
  getPassword: () => Promise.reject(new Error('No Secret Service')),
  setPassword: () => Promise.reject(new Error('No Secret Service')),
  deletePassword: () => Promise.reject(new Error('No Secret Service')),
};

/** Runs src/main/index.ts afresh (it wires on import) against this file's electron fake. */
async function startMain(): Promise<void> {
  vi.resetModules();
  vi.doMock('electron', () => electronModule);
  // No Secret Service here: keytar loads but cannot reach a keychain.
  vi.doMock('keytar', () => ({ default: noKeychain }));
  await import('../../../src/main/index');
}

async function startAndBecomeReady() {
  await startMain();
  fake.app.becomeReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(2));
  const [ledger, ui] = FakeBrowserWindow.instances as [FakeBrowserWindow, FakeBrowserWindow];
  return { ledger, ui };
}

function ledgerSession(): FakeSession {
  const session = fake.partitions.get('persist:ledger');
  expect(session).toBeDefined();
  return session!;
}

describe('main (wiring)', () => {
  beforeEach(resetFakeElectron);

  it('registers app:// as a standard, secure scheme and enables the sandbox before ready', async () => {
    await startMain();
    expect(fake.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }) as unknown,
      }),
    ]);
    expect(fake.registerSchemesAsPrivileged.mock.calls[0]?.[0]).not.toMatchObject([
      { privileges: { bypassCSP: true } },
    ]);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('quits at once, opening nothing, when another instance already runs', async () => {
    fake.app.hasLock = false;
    await startMain();
    fake.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('hardens every web contents the app will create', async () => {
    await startMain();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example' })).toEqual({
      action: 'deny',
    });
  });

  it('opens the hidden ledger host and the UI, each from its own app:// page', async () => {
    const { ledger, ui } = await startAndBecomeReady();
    expect(ledger.loadURL).toHaveBeenCalledWith('app://purse/ledger/host.html');
    expect(ledger.webPreferences).toMatchObject({
      partition: 'persist:ledger',
      preload: '/opt/purse/out/preload/ledger-host.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(ledger.options['show']).toBe(false);
    expect(ui.loadURL).toHaveBeenCalledWith('app://purse/renderer/index.html');
    expect(ui.webPreferences).toMatchObject({
      preload: '/opt/purse/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
    });
  });

  it('secures both sessions: CSP header, app:// handler, no network, no permissions', async () => {
    await startAndBecomeReady();
    for (const [session, csp] of [
      [fake.defaultSession, UI_CSP],
      [ledgerSession(), LEDGER_CSP],
    ] as const) {
      expect(session.protocolHandlers.has('app')).toBe(true);
      const headers = vi.fn();
      (session.onHeadersReceived as (d: object, cb: typeof headers) => void)({}, headers);
      expect(headers).toHaveBeenCalledWith({
        responseHeaders: { 'Content-Security-Policy': [csp] },
      });
      const request = vi.fn();
      (session.onBeforeRequest as (d: object, cb: typeof request) => void)(
        { url: 'https://example.com/' },
        request,
      );
      expect(request).toHaveBeenCalledWith({ cancel: true });
      expect(session.permissionRequestHandler).toBeDefined();
      expect(session.permissionCheckHandler).toBeDefined();
    }
    type Check = (contents: null, permission: string, origin: string, details: object) => boolean;
    const clipboard = (session: FakeSession, url: string) =>
      (session.permissionCheckHandler as Check)(null, 'clipboard-sanitized-write', 'app://purse', {
        isMainFrame: true,
        requestingUrl: url,
      });
    expect(clipboard(fake.defaultSession, 'app://purse/renderer/index.html')).toBe(true);
    expect(clipboard(ledgerSession(), 'app://purse/ledger/host.html')).toBe(false);
  });

  it('answers the UI window over IPC, and only the UI window', async () => {
    const { ledger, ui } = await startAndBecomeReady();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    const fromUi = { sender: ui.webContents, senderFrame: ui.webContents.mainFrame };
    expect(await fake.ipcMain.invoke(channelOf('app.info'), fromUi)).toEqual({
      ok: true,
      value: { name: 'Purse', version: '0.1.0', platform: process.platform, runtime: 'electron' },
    });
    const fromLedger = { sender: ledger.webContents, senderFrame: ledger.webContents.mainFrame };
    expect(await fake.ipcMain.invoke(channelOf('app.info'), fromLedger)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
  });

  it('reports a missing keychain as KEYCHAIN_UNAVAILABLE rather than hanging', async () => {
    const { ui } = await startAndBecomeReady();
    const fromUi = { sender: ui.webContents, senderFrame: ui.webContents.mainFrame };
    expect(await fake.ipcMain.invoke(channelOf('accounts.list'), fromUi)).toMatchObject({
      ok: false,
      error: { code: 'KEYCHAIN_UNAVAILABLE' },
    });
  });

  it('stays in the tray when the UI window closes; Quit in the tray quits and closes the ledger host', async () => {
    const { ledger, ui } = await startAndBecomeReady();
    ui.emit('closed');
    expect(fake.app.quit).not.toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(FakeNotification.shown.map((shown) => shown.title)).toContain('Purse 仍在运行'),
    );
    const tray = FakeTray.instances.at(-1)!;
    expect(tray.menu.map((item) => item.label ?? item.type)).toEqual([
      '打开 Purse',
      '锁定 Purse',
      'separator',
      '退出 Purse',
    ]);
    tray.click('退出 Purse');
    expect(fake.app.quit).toHaveBeenCalled();
    fake.app.emit('will-quit');
    expect(ledger.isDestroyed()).toBe(true);
    expect(tray.destroyed).toBe(true);
  });

  it('registers purse:// and opens the pay sheet for a link from a second launch, checked and never paid', async () => {
    const { ui } = await startAndBecomeReady();
    expect(fake.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('purse');
    fake.app.emit('second-instance', {}, [
      '/opt/purse/purse',
      'purse://pay?merchant=Lucky%20Coffee&amount=25.5&currency=CNY&order=A-1',
    ]);
    expect(ui.show).toHaveBeenCalled();
    expect(ui.webContents.sent).toEqual([
      {
        channel: 'purse:pay-request',
        args: [
          {
            kind: 'request',
            link: 'purse://pay?merchant=Lucky+Coffee&amount=25.50&currency=CNY&order=A-1',
          },
        ],
      },
    ]);
    const fromUi = { sender: ui.webContents, senderFrame: ui.webContents.mainFrame };
    // Nothing moved: the person still has to confirm in the pay sheet with the PIN.
    expect(await fake.ipcMain.invoke(channelOf('accounts.list'), fromUi)).toMatchObject({
      ok: false,
    });
  });

  it('tells the UI why a link was refused, without passing the link on', async () => {
    const { ui } = await startAndBecomeReady();
    const opened = { defaultPrevented: false, preventDefault: vi.fn() };
    fake.app.emit(
      'open-url',
      opened,
      'purse://pay?merchant=%3Cscript%3Ealert(1)%3C/script%3E&amount=1&currency=CNY',
    );
    expect(opened.preventDefault).toHaveBeenCalled();
    expect(ui.webContents.sent).toEqual([
      { channel: 'purse:pay-request', args: [{ kind: 'refused', problem: 'merchant-invalid' }] },
    ]);
    expect(JSON.stringify(ui.webContents.sent)).not.toContain('script');
  });

  it('keeps a link that came before the window existed until the page has loaded', async () => {
    await startMain();
    fake.app.emit(
      'open-url',
      { preventDefault: vi.fn() },
      'purse://pay?merchant=A&amount=1&currency=USD',
    );
    fake.app.becomeReady();
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(2));
    const ui = FakeBrowserWindow.instances[1]!;
    expect(ui.webContents.sent).toEqual([
      {
        channel: 'purse:pay-request',
        args: [{ kind: 'request', link: 'purse://pay?merchant=A&amount=1.00&currency=USD' }],
      },
    ]);
  });
});
