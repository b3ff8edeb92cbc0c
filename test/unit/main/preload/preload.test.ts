import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../../../src/shared/contract';
import { LEDGER_PORT_CHANNEL } from '../../../../src/shared/rpc';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((_channel: string, _input: unknown) => Promise.resolve({ ok: true, value: 1 })),
  listeners: new Map<string, (event: { ports: unknown[] }, ...args: unknown[]) => void>(),
  removed: [] as string[],
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: (event: { ports: unknown[] }, ...args: unknown[]) => void) =>
      bridge.listeners.set(channel, listener),
    removeListener: (channel: string) => bridge.removed.push(channel),
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

  it('exposes window.purse and window.purseEvents, and nothing else', async () => {
    await loadUiPreload();
    expect([...bridge.exposed.keys()]).toEqual(['purse', 'purseEvents']);
  });

  it('passes on in-app paths from main and drops anything else', async () => {
    await loadUiPreload();
    const events = bridge.exposed.get('purseEvents') as {
      onNavigate(l: (p: string) => void): () => void;
    };
    const seen: string[] = [];
    const stop = events.onNavigate((path) => seen.push(path));
    const send = bridge.listeners.get('purse:navigate')!;
    for (const path of [
      '/bills/0190a0b0-0000-7000-8000-000000000001',
      'https://evil.example',
      'javascript:alert(1)',
      '/a b',
      42,
    ]) {
      send({ ports: [] }, path);
    }
    expect(seen).toEqual(['/bills/0190a0b0-0000-7000-8000-000000000001']);
    stop();
    expect(bridge.removed).toContain('purse:navigate');
  });

  it('keeps a payment request that came before the UI listened, and drops malformed ones', async () => {
    await loadUiPreload();
    const events = bridge.exposed.get('purseEvents') as {
      onPayRequest(l: (e: unknown) => void): () => void;
    };
    const send = bridge.listeners.get('purse:pay-request')!;
    send({ ports: [] }, { kind: 'request', link: 'https://evil.example' });
    send({ ports: [] }, 'purse://pay?merchant=A&amount=1&currency=CNY');
    send({ ports: [] }, { kind: 'request', link: 'purse://pay?merchant=A&amount=1&currency=CNY' });
    const seen: unknown[] = [];
    events.onPayRequest((event) => seen.push(event));
    send({ ports: [] }, { kind: 'refused', problem: 'amount-too-precise' });
    send({ ports: [] }, { kind: 'refused', problem: '<b>' });
    expect(seen).toEqual([
      { kind: 'request', link: 'purse://pay?merchant=A&amount=1&currency=CNY' },
      { kind: 'refused', problem: 'amount-too-precise' },
    ]);
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
