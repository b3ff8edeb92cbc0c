import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { newDataKey } from '../../../../src/ledger/crypto/field-cipher';
import { openLedger, type OpenLedger } from '../../../../src/ledger/open-ledger';
import { serveLedger } from '../../../../src/ledger/rpc-server';
import { composeGateway, type ComposedGateway } from '../../../../src/gateway/compose-gateway';
import { registerIpc } from '../../../../src/main/ipc/register-ipc';
import { createLedgerClient } from '../../../../src/main/ledger/ledger-client';
import { systemClock } from '../../../../src/shared/clock';
import { channelOf, contract, type MethodName } from '../../../../src/shared/contract';
import { read, write } from '../../../../src/shared/contract/define';
import { buildPurseApi } from '../../../../src/shared/purse-api';
import type { Result } from '../../../../src/shared/result';
import { FakeIpcMain } from '../../main/fakes/electron';
import { rpcPortPair, type RpcPortPair } from '../../main/fakes/rpc-ports';
import { MemorySecretStore } from '../../../support/memory-secret-store';
import { testHasher } from '../../../support/security-fixture';

vi.mock('electron', () => ({}));

/**
 * Two methods a later feature might add: one served by the gateway, one by the ledger host.
 * Each is a contract entry and a handler; nothing else in the app is told about them.
 */
const notes = {
  'notes.echo': read<{ text: string }>()('gateway', z.strictObject({ text: z.string().max(20) })),
  'notes.count': write<{ count: number }>()(
    'ledger',
    z.strictObject({ by: z.number().int().min(1) }),
    { stale: ['notes.echo'] },
  ),
};
const table = { ...contract, ...notes };

let ledger: OpenLedger;
let ports: RpcPortPair;
let composed: ComposedGateway;
let counted = 0;
type Api = Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>>;
let purse: Api;

beforeEach(async () => {
  counted = 0;
  ledger = await openLedger({
    name: `adding-a-method-${Math.random()}`,
    timeZone: 'Asia/Shanghai',
    dataKey: newDataKey(),
  });
  ports = rpcPortPair();
  // The ledger host serves its engine plus the new method's handler.
  serveLedger(
    {
      api: {
        ...ledger.api,
        'notes.count': ({ by }: { by: number }) => Promise.resolve({ count: (counted += by) }),
      } as typeof ledger.api,
      internal: ledger.internal,
    },
    ports.host,
    table,
  );
  const client = createLedgerClient(ports.main, { table });
  composed = composeGateway({
    ledger: client.api,
    internal: client.internal,
    secrets: new MemorySecretStore(),
    hasher: testHasher,
    clock: systemClock,
    appInfo: { name: 'Purse', version: '0.1.0', platform: 'linux', runtime: 'electron' },
    table,
    handlers: { 'notes.echo': (input: { text: string }) => Promise.resolve(input) },
  });
  const ipcMain = new FakeIpcMain();
  registerIpc({ ipcMain, gateway: composed.gateway, isTrustedSender: () => true, table });
  // What the preload would expose as window.purse.
  purse = buildPurseApi(
    (method, input) => ipcMain.invoke(channelOf(method), {}, input) as Promise<Result<unknown>>,
    table,
  ) as unknown as Api;
});

afterEach(() => {
  ports.close();
  ledger.close();
});

describe('adding a method: a contract entry and a handler, nothing else', () => {
  it('reaches a new gateway method from window.purse through IPC and the gateway', async () => {
    await composed.security.setupPin('135790');
    expect(await purse['notes']!['echo']!({ text: 'hello' })).toEqual({
      ok: true,
      value: { text: 'hello' },
    });
  });

  it('reaches a new ledger method through the gateway, the RPC client and the ledger host', async () => {
    await composed.security.setupPin('135790');
    await purse['notes']!['count']!({ by: 2 });
    expect(await purse['notes']!['count']!({ by: 3 })).toEqual({ ok: true, value: { count: 5 } });
  });

  it('enforces what the entry declares: the lock, and its input schema at the gateway and the host', async () => {
    await composed.security.setupPin('135790');
    await composed.security.lock();
    expect(await purse['notes']!['echo']!({ text: 'hello' })).toMatchObject({
      ok: false,
      error: { code: 'APP_LOCKED' },
    });
    await composed.security.unlock('135790');
    expect(await purse['notes']!['echo']!({ text: 'x'.repeat(21) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await purse['notes']!['count']!({ by: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(counted).toBe(0);
  });

  it('is unknown to the app’s own contract, so nothing else had to change', () => {
    expect(Object.hasOwn(contract, 'notes.echo')).toBe(false);
    expect(Object.keys(table).length).toBe(Object.keys(contract).length + 2);
    const names: MethodName[] = Object.keys(contract) as MethodName[];
    expect(names.every((name) => table[name] === contract[name])).toBe(true);
  });
});
