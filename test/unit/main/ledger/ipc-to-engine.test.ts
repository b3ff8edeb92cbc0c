import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { newDataKey } from '../../../../src/ledger/crypto/field-cipher';
import { openLedger, type OpenLedger } from '../../../../src/ledger/open-ledger';
import { serveLedger } from '../../../../src/ledger/rpc-server';
import { composeGateway } from '../../../../src/gateway/compose-gateway';
import { registerIpc } from '../../../../src/main/ipc/register-ipc';
import { trustedSender } from '../../../../src/main/ipc/trusted-sender';
import { createLedgerClient } from '../../../../src/main/ledger/ledger-client';
import { systemClock } from '../../../../src/shared/clock';
import { channelOf } from '../../../../src/shared/contract';
import { FakeIpcMain, FakeWebContents, fakeFrame } from '../fakes/electron';
import { rpcPortPair, type RpcPortPair } from '../fakes/rpc-ports';
import { MemorySecretStore } from '../../../support/memory-secret-store';
import { testHasher } from '../../../support/security-fixture';

vi.mock('electron', () => ({}));

let ledger: OpenLedger;
let ports: RpcPortPair;
let ipcMain: FakeIpcMain;
let ui: FakeWebContents;

beforeEach(async () => {
  ledger = await openLedger({
    name: `ipc-to-engine-${Math.random()}`,
    timeZone: 'Asia/Shanghai',
    dataKey: newDataKey(),
  });
  ports = rpcPortPair();
  serveLedger(ledger, ports.host);
  const client = createLedgerClient(ports.main);
  const { gateway } = composeGateway({
    ledger: client.api,
    internal: client.internal,
    secrets: new MemorySecretStore(),
    hasher: testHasher,
    clock: systemClock,
    appInfo: { name: 'Purse', version: '0.1.0', platform: 'linux', runtime: 'electron' },
  });
  ipcMain = new FakeIpcMain();
  ui = new FakeWebContents();
  ui.mainFrame = fakeFrame('app://purse/renderer/index.html');
  registerIpc({
    ipcMain,
    gateway,
    isTrustedSender: trustedSender({
      uiContents: () => ui as unknown as WebContents,
      origins: ['app://purse'],
    }),
  });
});

afterEach(() => {
  ports.close();
  ledger.close();
});

function invoke(method: Parameters<typeof channelOf>[0], input?: unknown) {
  return ipcMain.invoke(channelOf(method), { sender: ui, senderFrame: ui.mainFrame }, input);
}

describe('from the UI through main to the ledger engine', () => {
  it('creates an account and lists it back, every value surviving structured cloning', async () => {
    const created = await invoke('accounts.create', {
      kind: 'wallet',
      name: '  Alipay  ',
      currency: 'CNY',
      openingBalance: 12_345,
    });
    expect(created).toMatchObject({ ok: true, value: { name: 'Alipay', balance: 12_345 } });
    const listed = await invoke('accounts.list');
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Alipay', currency: 'CNY' }] });
  });

  it("keeps main's security log in the ledger's audit table, through the internal methods", async () => {
    expect(await invoke('security.setupPin', { pin: '258013' })).toMatchObject({ ok: true });
    const log = await invoke('security.log', { limit: 10 });
    expect(log).toMatchObject({ ok: true, value: [{ kind: 'pin.set' }] });
  });

  it('carries an engine error back to the UI as a Result with its code', async () => {
    const result = await invoke('transactions.get', { id: '019ab8f2-5c3e-7d41-9a6b-0c1d2e3f4a5b' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
