import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { WebContents } from 'electron';
import { composeGateway } from '../../../../src/gateway/compose-gateway';
import type { Gateway } from '../../../../src/gateway/create-gateway';
import { registerIpc } from '../../../../src/main/ipc/register-ipc';
import { trustedSender } from '../../../../src/main/ipc/trusted-sender';
import { systemClock } from '../../../../src/shared/clock';
import { channelOf, METHOD_NAMES } from '../../../../src/shared/contract';
import { FakeIpcMain, FakeWebContents, fakeFrame, type FakeFrame } from '../fakes/electron';
import { ledgerCallCount, spyInternal, spyLedger, type SpyLedger } from '../fakes/spy-ledger';
import { MemorySecretStore } from '../../../support/memory-secret-store';
import { testHasher } from '../../../support/security-fixture';

vi.mock('electron', () => ({}));

const APP_INFO = {
  name: 'Purse',
  version: '0.1.0',
  platform: 'linux',
  runtime: 'electron',
} as const;

let ipcMain: FakeIpcMain;
let ui: FakeWebContents;
let ledger: SpyLedger;
let call: Mock<Gateway['call']>;
let gateway: Pick<Gateway, 'call'>;

function event(sender: FakeWebContents, senderFrame: FakeFrame | null) {
  return { sender, senderFrame };
}

function fromUi() {
  return event(ui, ui.mainFrame);
}

beforeEach(() => {
  ipcMain = new FakeIpcMain();
  ui = new FakeWebContents();
  ui.mainFrame = fakeFrame('app://purse/renderer/index.html');
  ledger = spyLedger();
  const { gateway: real } = composeGateway({
    ledger,
    internal: spyInternal(),
    secrets: new MemorySecretStore(),
    hasher: testHasher,
    clock: systemClock,
    appInfo: APP_INFO,
  });
  call = vi.fn((method: unknown, input: unknown) => real.call(method, input));
  gateway = { call };
  registerIpc({
    ipcMain,
    gateway,
    isTrustedSender: trustedSender({
      uiContents: () => ui as unknown as WebContents,
      origins: ['app://purse'],
    }),
  });
});

describe('ipc.register', () => {
  it('registers one handler per contract method, on the channel of that method', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it("offers no channel for main's internal ledger methods", async () => {
    for (const channel of ['purse:audit.append', 'purse:audit.list']) {
      expect(ipcMain.handlers.has(channel)).toBe(false);
    }
    expect(await gateway.call('audit.append', { kind: 'security.pin.set' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('passes a call from the UI main frame to the gateway and returns its Result', async () => {
    const result = await ipcMain.invoke(channelOf('accounts.list'), fromUi(), undefined);
    expect(call).toHaveBeenCalledWith('accounts.list', undefined);
    expect(result).toEqual({ ok: true, value: { method: 'accounts.list', input: undefined } });
  });

  it('answers app.info from the gateway itself', async () => {
    const result = await ipcMain.invoke(channelOf('app.info'), fromUi(), undefined);
    expect(result).toEqual({ ok: true, value: APP_INFO });
  });

  it('refuses a call from a frame that is not the UI window and never reaches the gateway', async () => {
    const other = new FakeWebContents();
    other.mainFrame = fakeFrame('app://purse/ledger/host.html');
    const result = await ipcMain.invoke(channelOf('accounts.list'), event(other, other.mainFrame));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(call).not.toHaveBeenCalled();
    expect(ledgerCallCount(ledger)).toBe(0);
  });

  it('refuses a call from a subframe of the UI window, even of our own origin', async () => {
    const child = fakeFrame('app://purse/renderer/index.html', ui.mainFrame);
    const result = await ipcMain.invoke(channelOf('accounts.list'), event(ui, child));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses a frame that claims to be top-level but is not the UI main frame', async () => {
    const impostor = fakeFrame('app://purse/renderer/index.html');
    const result = await ipcMain.invoke(channelOf('accounts.list'), event(ui, impostor));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(call).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'file:///tmp/x.html',
    'app://evil/renderer/index.html',
    'about:blank',
  ])('refuses the UI main frame once it shows another origin (%s)', async (url) => {
    ui.mainFrame.url = url;
    const result = await ipcMain.invoke(channelOf('transactions.record'), fromUi(), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone, or when there is no UI window', async () => {
    expect(await ipcMain.invoke(channelOf('accounts.list'), event(ui, null))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    ui.destroyed = true;
    expect(await ipcMain.invoke(channelOf('accounts.list'), fromUi())).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('returns VALIDATION for a malformed payload, and no ledger code runs', async () => {
    const payloads: [string, unknown][] = [
      ['accounts.create', { kind: 'cash', name: '', currency: 'XXX', openingBalance: 1.5 }],
      ['transactions.record', { kind: 'expense', amount: -1 }],
      ['accounts.list', { includeArchived: 'yes', extra: 1 }],
      ['transactions.get', { id: '../../etc/passwd' }],
      ['settings.update', 'not an object'],
    ];
    for (const [method, input] of payloads) {
      const result = await ipcMain.invoke(channelOf(method as 'accounts.list'), fromUi(), input);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(ledgerCallCount(ledger)).toBe(0);
  });

  it('accepts the dev server origin only when it is one of the configured origins', () => {
    const devUi = new FakeWebContents();
    devUi.mainFrame = fakeFrame('http://localhost:5173/renderer/index.html');
    const check = (origins: string[]) =>
      trustedSender({ uiContents: () => devUi as unknown as WebContents, origins })({
        sender: devUi as unknown as WebContents,
        senderFrame: devUi.mainFrame as never,
      });
    expect(check(['app://purse'])).toBe(false);
    expect(check(['app://purse', 'http://localhost:5173'])).toBe(true);
  });

  it('can remove every handler it registered', () => {
    const ipc = new FakeIpcMain();
    const unregister = registerIpc({ ipcMain: ipc, gateway, isTrustedSender: () => true });
    unregister();
    expect(ipc.handlers.size).toBe(0);
  });
});
