import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveLedger } from '../../../../src/ledger/rpc-server';
import { createLedgerClient } from '../../../../src/main/ledger/ledger-client';
import { LEDGER_METHODS } from '../../../../src/main/ledger/ledger-methods';
import { PurseError } from '../../../../src/shared/errors';
import { LEDGER_INTERNAL_METHODS } from '../../../../src/shared/contract';
import type { RpcMessage } from '../../../../src/shared/rpc';
import { rpcPortPair, type RpcPortPair } from '../fakes/rpc-ports';
import { ledgerCallCount, spyInternal, spyLedger, spyServed } from '../fakes/spy-ledger';

vi.mock('electron', () => ({}));

const ACCOUNT_ID = '019ab8f2-5c3e-7d41-9a6b-0c1d2e3f4a5b';
let pairs: RpcPortPair[] = [];

function pair(): RpcPortPair {
  const created = rpcPortPair();
  pairs.push(created);
  return created;
}

afterEach(() => {
  for (const created of pairs) created.close();
  pairs = [];
  vi.useRealTimers();
});

async function rejection(promise: Promise<unknown>): Promise<PurseError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PurseError);
  return error as PurseError;
}

describe('ledger rpc', () => {
  it('offers every ledger method of the contract, and nothing else', () => {
    const { main } = pair();
    const client = createLedgerClient(main);
    expect(Object.keys(client.api).sort()).toEqual([...LEDGER_METHODS].sort());
    expect(client.api).not.toHaveProperty('app.info');
    expect(Object.keys(client.internal).sort()).toEqual([...LEDGER_INTERNAL_METHODS].sort());
  });

  it("carries main's internal audit calls to the engine, validated there too", async () => {
    const { main, host } = pair();
    const internal = spyInternal();
    serveLedger(spyServed(spyLedger(), internal), host);
    const client = createLedgerClient(main);
    await client.call('audit.append', { kind: 'security.pin.set' });
    expect(internal['audit.append']).toHaveBeenCalledWith({ kind: 'security.pin.set' });
    const error = await rejection(client.call('audit.list', { prefix: 'security.', limit: 0 }));
    expect(error.code).toBe('VALIDATION');
    expect(internal['audit.list']).not.toHaveBeenCalled();
  });

  it('answers UNKNOWN_METHOD to inherited property names rather than calling them', async () => {
    const { main, host } = pair();
    serveLedger(spyServed(), host);
    const client = createLedgerClient(main);
    for (const method of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect((await rejection(client.call(method, undefined))).code).toBe('UNKNOWN_METHOD');
    }
  });

  it('carries a call to the engine and its value back', async () => {
    const { main, host } = pair();
    const ledger = spyLedger();
    serveLedger(spyServed(ledger), host);
    const client = createLedgerClient(main);
    const value = await client.api['accounts.list']({ includeArchived: true });
    expect(value).toEqual({ method: 'accounts.list', input: { includeArchived: true } });
    expect(ledger['accounts.list']).toHaveBeenCalledOnce();
  });

  it('keeps concurrent calls apart by request id', async () => {
    const { main, host } = pair();
    const ledger = spyLedger();
    ledger['transactions.recent'].mockImplementation(
      (input: { limit: number }) =>
        new Promise((resolve) => setTimeout(() => resolve(input.limit), 30 - input.limit)),
    );
    serveLedger(spyServed(ledger), host);
    const client = createLedgerClient(main);
    const answers = await Promise.all(
      [1, 5, 10, 20].map((limit) => client.api['transactions.recent']({ limit })),
    );
    expect(answers).toEqual([1, 5, 10, 20]);
  });

  it('turns an engine error back into the same PurseError for the gateway', async () => {
    const { main, host } = pair();
    const ledger = spyLedger();
    ledger['accounts.archive'].mockRejectedValue(
      new PurseError('INSUFFICIENT_FUNDS', 'Not enough money.', { shortBy: 250 }),
    );
    serveLedger(spyServed(ledger), host);
    const client = createLedgerClient(main);
    const error = await rejection(client.api['accounts.archive']({ id: ACCOUNT_ID }));
    expect(error.toInfo()).toEqual({
      code: 'INSUFFICIENT_FUNDS',
      message: 'Not enough money.',
      details: { shortBy: 250 },
    });
  });

  it('hides an unexpected engine failure behind INTERNAL, with no stack or message', async () => {
    const { main, host } = pair();
    const ledger = spyLedger();
    ledger['ledger.verify'].mockRejectedValue(new Error('secret path /home/x/key at line 3'));
    serveLedger(spyServed(ledger), host);
    const client = createLedgerClient(main);
    const error = await rejection(client.api['ledger.verify'](undefined));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).not.toContain('secret');
  });

  it('re-validates the input on the ledger side and never runs the engine on bad input', async () => {
    const { main, host } = pair();
    const ledger = spyLedger();
    serveLedger(spyServed(ledger), host);
    const client = createLedgerClient(main);
    const call = client.api['accounts.create'] as (input: unknown) => Promise<unknown>;
    const error = await rejection(call({ kind: 'cash', name: 'x', currency: 'CNY' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.length).toBeGreaterThan(0);
    expect(ledgerCallCount(ledger)).toBe(0);
  });

  it('answers UNKNOWN_METHOD to a method the ledger does not serve', async () => {
    const { main, host } = pair();
    const ledger = spyLedger();
    serveLedger(spyServed(ledger), host);
    const answer = new Promise<unknown>((resolve) => main.onMessage(resolve));
    main.post({ type: 'purse-rpc/request', id: 7, method: 'app.info', input: undefined });
    expect(await answer).toMatchObject({
      type: 'purse-rpc/response',
      id: 7,
      result: { ok: false, error: { code: 'UNKNOWN_METHOD' } },
    });
  });

  it('ignores messages that are not requests', async () => {
    const { main, host } = pair();
    const ledger = spyLedger();
    serveLedger(spyServed(ledger), host);
    const seen = vi.fn();
    main.onMessage(seen);
    for (const junk of ['hello', null, { type: 'purse-rpc/request', id: -1, method: 'x' }]) {
      main.post(junk as unknown as RpcMessage);
    }
    main.post({ type: 'purse-rpc/request', id: 1, method: 'settings.get', input: undefined });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledOnce());
    expect(seen.mock.calls[0]?.[0]).toMatchObject({ id: 1, result: { ok: true } });
  });

  it('answers INTERNAL when the engine returns something that cannot be cloned', async () => {
    const { main, host } = pair();
    const ledger = spyLedger();
    ledger['settings.get'].mockResolvedValue({ format: () => 'x' });
    serveLedger(spyServed(ledger), host);
    const client = createLedgerClient(main);
    expect((await rejection(client.api['settings.get'](undefined))).code).toBe('INTERNAL');
  });

  it('fails a call with UNAVAILABLE when the ledger does not answer in time', async () => {
    const { main } = pair();
    const client = createLedgerClient(main, { timeoutMs: 20 });
    const error = await rejection(client.api['accounts.list'](undefined));
    expect(error.code).toBe('UNAVAILABLE');
  });

  it('drops an answer that arrives after its timeout', async () => {
    const { main, host } = pair();
    const ledger = spyLedger();
    ledger['accounts.list'].mockImplementation(
      () => new Promise((resolve) => setTimeout(() => resolve('late'), 60)),
    );
    serveLedger(spyServed(ledger), host);
    const client = createLedgerClient(main, { timeoutMs: 20 });
    expect((await rejection(client.api['accounts.list'](undefined))).code).toBe('UNAVAILABLE');
    ledger['settings.get'].mockResolvedValue('fresh');
    await new Promise((resolve) => setTimeout(resolve, 80));
    await expect(client.api['settings.get'](undefined)).resolves.toBe('fresh');
  });

  it('fails pending and later calls with UNAVAILABLE once closed', async () => {
    const { main } = pair();
    const client = createLedgerClient(main, { timeoutMs: 5_000 });
    const pending = client.api['accounts.list'](undefined);
    client.close();
    expect((await rejection(pending)).code).toBe('UNAVAILABLE');
    expect((await rejection(client.api['accounts.list'](undefined))).code).toBe('UNAVAILABLE');
  });

  it('fails pending calls with UNAVAILABLE when the host end goes away', async () => {
    const { main, host } = pair();
    const client = createLedgerClient(main, { timeoutMs: 5_000 });
    const pending = client.api['accounts.list'](undefined);
    host.close();
    expect((await rejection(pending)).code).toBe('UNAVAILABLE');
  });

  it('holds calls until the ledger has opened, then answers them', async () => {
    const { main, host } = pair();
    let open: (api: ReturnType<typeof spyLedger>) => void = () => undefined;
    serveLedger(new Promise((resolve) => (open = (api) => resolve(spyServed(api)))), host);
    const client = createLedgerClient(main);
    const early = client.api['accounts.list'](undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    open(spyLedger());
    await expect(early).resolves.toMatchObject({ method: 'accounts.list' });
  });

  it('answers every call with the failure when the ledger could not be opened', async () => {
    const { main, host } = pair();
    serveLedger(Promise.reject(new PurseError('UNAVAILABLE', 'Could not open.')), host);
    const client = createLedgerClient(main);
    const error = await rejection(client.api['accounts.list'](undefined));
    expect(error.code).toBe('UNAVAILABLE');
  });

  it('turns a malformed error envelope into INTERNAL', async () => {
    const { main, host } = pair();
    host.onMessage((data) => {
      const { id } = data as { id: number };
      host.post({
        type: 'purse-rpc/response',
        id,
        result: { ok: false, error: { code: 'NOT_A_CODE', message: 'x' } },
      } as unknown as RpcMessage);
    });
    const client = createLedgerClient(main);
    expect((await rejection(client.api['accounts.list'](undefined))).code).toBe('INTERNAL');
  });
});
