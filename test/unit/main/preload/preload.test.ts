import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../../../src/shared/method-names';
import { LEDGER_PORT_CHANNEL } from '../../../../src/shared/rpc';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((_channel: string, _input: unknown) => Promise.resolve({ ok: true, value: 1 })),
  listeners: new Map<string, (event: { ports: unknown[] }) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: (event: { ports: unknown[] }) => void) =>
      bridge.listeners.set(channel, listener),
  },
}));

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

async function loadUiPreload(): Promise<Api> {
  vi.resetModules();
  bridge.exposed.clear();
  await import('../../../../src/preload/index');
  return bridge.exposed.get('purse') as Api;
}

describe('preload (UI)', () => {
  beforeEach(() => bridge.invoke.mockClear());

  it('exposes window.purse and nothing else', async () => {
    await loadUiPreload();
    expect([...bridge.exposed.keys()]).toEqual(['purse']);
  });

  it('exposes exactly the methods of the contract, as functions', async () => {
    const purse = await loadUiPreload();
    const exposed = Object.entries(purse).flatMap(([domain, verbs]) =>
      Object.entries(verbs).map(([verb, fn]) => {
        expect(typeof fn).toBe('function');
        return `${domain}.${verb}`;
      }),
    );
    expect(exposed.sort()).toEqual([...METHOD_NAMES].sort());
  });

  it.each(METHOD_NAMES)(
    'sends %s to main with ipcRenderer.invoke on its own channel',
    async (method) => {
      const purse = await loadUiPreload();
      const [domain, verb] = method.split('.') as [string, string];
      const input = { probe: method };
      await expect(purse[domain]![verb]!(input)).resolves.toEqual({ ok: true, value: 1 });
      expect(bridge.invoke).toHaveBeenCalledExactlyOnceWith(channelOf(method), input);
    },
  );
});

describe('preload (ledger host)', () => {
  it('forwards the port from main into the page with window.postMessage, to its own origin', async () => {
    const postMessage = vi.fn();
    vi.stubGlobal('window', { postMessage, location: { origin: 'app://purse' } });
    vi.resetModules();
    await import('../../../../src/preload/ledger-host');
    const port = { fake: 'port' };
    bridge.listeners.get(LEDGER_PORT_CHANNEL)?.({ ports: [port] });
    expect(postMessage).toHaveBeenCalledExactlyOnceWith(LEDGER_PORT_CHANNEL, 'app://purse', [port]);
    vi.unstubAllGlobals();
  });
});
