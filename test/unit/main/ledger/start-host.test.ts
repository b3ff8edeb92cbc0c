import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startLedgerHost, type HostWindow } from '../../../../src/ledger/start-host';
import { createLedgerClient } from '../../../../src/main/ledger/ledger-client';
import { fromMessagePortMain } from '../../../../src/main/ledger/main-port';
import { PurseError } from '../../../../src/shared/errors';
import { LEDGER_PORT_CHANNEL } from '../../../../src/shared/rpc';
import { FakeMessagePortMain } from '../fakes/electron';
import { spyServed } from '../fakes/spy-ledger';

vi.mock('electron', () => ({}));

type Listener = (event: MessageEvent) => void;
const KEY = new Uint8Array(32).fill(3);

/** The page's `window`, as far as the host uses it. */
class FakeHostWindow implements HostWindow {
  readonly location = { origin: 'app://purse' };
  readonly listeners = new Set<Listener>();
  addEventListener(_type: 'message', listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: Listener): void {
    this.listeners.delete(listener);
  }
  deliver(message: { data: unknown; origin?: string; source?: unknown; ports?: unknown[] }): void {
    const event = { origin: this.location.origin, source: this, ports: [], ...message };
    for (const listener of [...this.listeners]) listener(event as unknown as MessageEvent);
  }
}

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

function channel() {
  const created = new MessageChannel();
  channels.push(created);
  const main = fromMessagePortMain(new FakeMessagePortMain(created.port1));
  return { main, pagePort: created.port2 };
}

describe('ledger host', () => {
  it('opens the ledger with the key main sends on the port, then serves it there', async () => {
    const host = new FakeHostWindow();
    const open = vi.fn((_key: Uint8Array) => Promise.resolve(spyServed()));
    const serving = startLedgerHost(host, open);
    const { main, pagePort } = channel();
    host.deliver({ data: LEDGER_PORT_CHANNEL, ports: [pagePort] });
    await serving;
    const client = createLedgerClient(main);
    const answer = client.api['settings.get'](undefined);
    main.post({ type: 'purse-rpc/open', dataKey: KEY });
    await expect(answer).resolves.toMatchObject({ method: 'settings.get' });
    expect(open).toHaveBeenCalledExactlyOnceWith(KEY);
    expect(host.listeners.size).toBe(0);
  });

  it('ignores a port from another window, another origin or with another message', () => {
    const host = new FakeHostWindow();
    void startLedgerHost(host, () => Promise.resolve(spyServed()));
    const { pagePort } = channel();
    host.deliver({ data: LEDGER_PORT_CHANNEL, ports: [pagePort], source: {} });
    host.deliver({ data: LEDGER_PORT_CHANNEL, ports: [pagePort], origin: 'https://evil.example' });
    host.deliver({ data: 'something else', ports: [pagePort] });
    host.deliver({ data: LEDGER_PORT_CHANNEL, ports: [] });
    expect(host.listeners.size).toBe(1);
  });

  it('answers UNAVAILABLE to every call when the ledger cannot be opened', async () => {
    const host = new FakeHostWindow();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const serving = startLedgerHost(host, () => Promise.reject(new Error('disk full')));
    const { main, pagePort } = channel();
    host.deliver({ data: LEDGER_PORT_CHANNEL, ports: [pagePort] });
    await serving;
    main.post({ type: 'purse-rpc/open', dataKey: KEY });
    const client = createLedgerClient(main);
    await expect(client.api['accounts.list'](undefined)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
    });
    error.mockRestore();
  });

  it('passes on a known failure to open, such as a wrong data key', async () => {
    const host = new FakeHostWindow();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new PurseError('DATA_CORRUPT', 'The data key is wrong.');
    const serving = startLedgerHost(host, () => Promise.reject(failure));
    const { main, pagePort } = channel();
    host.deliver({ data: LEDGER_PORT_CHANNEL, ports: [pagePort] });
    await serving;
    main.post({ type: 'purse-rpc/open', dataKey: KEY });
    const client = createLedgerClient(main);
    await expect(client.api['accounts.list'](undefined)).rejects.toMatchObject({
      code: 'DATA_CORRUPT',
    });
    error.mockRestore();
  });
});
