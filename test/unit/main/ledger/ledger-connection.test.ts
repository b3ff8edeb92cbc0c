import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { fromDomPort } from '../../../../src/ledger/dom-port';
import { serveLedger } from '../../../../src/ledger/rpc-server';
import { connectLedger } from '../../../../src/main/ledger/ledger-connection';
import { PurseError } from '../../../../src/shared/errors';
import { LEDGER_PORT_CHANNEL } from '../../../../src/shared/rpc';
import { FakeBrowserWindow, FakeMessageChannelMain, resetFakeElectron } from '../fakes/electron';
import { spyServed } from '../fakes/spy-ledger';

vi.mock('electron', async () => (await import('../fakes/electron')).electronModule);

const URL = 'app://purse/ledger/host.html';
const KEY = new Uint8Array(32).fill(7);

function start(options: { maxRestarts?: number; dataKey?: () => Promise<Uint8Array> } = {}) {
  const connection = connectLedger({
    createWindow: () => new FakeBrowserWindow({}) as unknown as BrowserWindow,
    url: URL,
    dataKey: options.dataKey ?? (() => Promise.resolve(KEY)),
    maxRestarts: options.maxRestarts,
    timeoutMs: 2_000,
  });
  const window = FakeBrowserWindow.instances[0]!;
  return { connection, window, contents: window.webContents };
}

/** The Node port behind the MessagePortMain that main sent in its latest message. */
function latestPagePort(contents: FakeBrowserWindow['webContents']) {
  const call = contents.postMessage.mock.calls.at(-1)!;
  const sent = (call[2] as unknown[])[0];
  return FakeMessageChannelMain.instances.find((channel) => channel.port2 === sent)!.node.port2;
}

/** Plays the ledger host: serves a spy engine on the port main sent in its latest message. */
function serveLatestPort(contents: FakeBrowserWindow['webContents']) {
  const served = spyServed();
  serveLedger(served, fromDomPort(latestPagePort(contents) as unknown as MessagePort));
  return served;
}

describe('ledger.connectLedger', () => {
  beforeEach(resetFakeElectron);
  afterEach(resetFakeElectron);

  it('loads the ledger host page in the window it creates', () => {
    const { window } = start();
    expect(window.loadURL).toHaveBeenCalledWith(URL);
  });

  it('sends the host its port only once the page has loaded', () => {
    const { contents } = start();
    expect(contents.postMessage).not.toHaveBeenCalled();
    contents.emit('did-finish-load');
    const channel = FakeMessageChannelMain.instances[0]!;
    expect(contents.postMessage).toHaveBeenCalledExactlyOnceWith(LEDGER_PORT_CHANNEL, null, [
      channel.port2,
    ]);
  });

  it('sends the data key over the private port, never through the page message', async () => {
    const { contents } = start();
    contents.emit('did-finish-load');
    const first = await new Promise((resolve) => latestPagePort(contents).once('message', resolve));
    expect(first).toEqual({ type: 'purse-rpc/open', dataKey: KEY });
    expect(JSON.stringify(contents.postMessage.mock.calls[0]?.[1])).not.toContain('7,7');
  });

  it('answers calls made before the host was ready, once it serves', async () => {
    const { connection, contents } = start();
    const early = connection.api['accounts.list']({ includeArchived: false });
    contents.emit('did-finish-load');
    serveLatestPort(contents);
    await expect(early).resolves.toEqual({
      method: 'accounts.list',
      input: { includeArchived: false },
    });
  });

  it('reloads a crashed host, fails the calls in flight, then serves again on a new port', async () => {
    const { connection, contents } = start();
    contents.emit('did-finish-load');
    const pending = connection.api['accounts.list'](undefined);
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    await expect(pending).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(contents.reload).toHaveBeenCalledOnce();

    contents.emit('did-finish-load');
    expect(FakeMessageChannelMain.instances).toHaveLength(2);
    serveLatestPort(contents);
    await expect(connection.api['settings.get'](undefined)).resolves.toMatchObject({
      method: 'settings.get',
    });
  });

  it("carries main's internal audit calls over the same link", async () => {
    const { connection, contents } = start();
    contents.emit('did-finish-load');
    const served = serveLatestPort(contents);
    const { internal } = connection;
    await internal['audit.list']({ prefix: 'security.', limit: 5 });
    expect(served.internal['audit.list']).toHaveBeenCalledWith({ prefix: 'security.', limit: 5 });
  });

  it('gives up reloading after a few crashes', () => {
    const { contents } = start({ maxRestarts: 2 });
    for (let crash = 0; crash < 4; crash += 1) {
      contents.emit('render-process-gone', {}, { reason: 'crashed' });
    }
    expect(contents.reload).toHaveBeenCalledTimes(2);
  });

  it('fails every call with the keychain error when the data key cannot be had', async () => {
    const { connection, contents } = start({
      dataKey: () => Promise.reject(new PurseError('KEYCHAIN_UNAVAILABLE', 'No keychain.')),
    });
    contents.emit('did-finish-load');
    await expect(connection.api['accounts.list'](undefined)).rejects.toMatchObject({
      code: 'KEYCHAIN_UNAVAILABLE',
    });
  });

  it('destroys the host window and refuses further calls once disposed', async () => {
    const { connection, window } = start();
    connection.dispose();
    expect(window.isDestroyed()).toBe(true);
    await expect(connection.api['accounts.list'](undefined)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
  });
});
