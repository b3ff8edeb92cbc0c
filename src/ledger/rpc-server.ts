import type { z } from 'zod';
import { parseInput } from '../main/gateway/parse-input';
import { contract, type LedgerApi } from '../shared/contract';
import { PurseError } from '../shared/errors';
import { ledgerInternalContract, type LedgerInternalApi } from '../shared/ledger-internal';
import { isMethodName } from '../shared/method-names';
import { settle, toFail } from '../shared/result';
import { isRpcRequest, type RpcPort } from '../shared/rpc';

/** What the host serves: the contract's ledger methods, and main's internal ones. */
export interface ServedLedger {
  readonly api: LedgerApi;
  readonly internal: LedgerInternalApi;
}

type Handlers = Readonly<Record<string, (input: unknown) => Promise<unknown>>>;

interface Route {
  readonly schema: z.ZodType;
  run(input: unknown): Promise<unknown>;
}

function routeOf(ledger: ServedLedger, method: string): Route | undefined {
  if (isMethodName(method) && contract[method].target === 'ledger') {
    const api = ledger.api as unknown as Handlers;
    return { schema: contract[method].input as z.ZodType, run: (input) => api[method]!(input) };
  }
  if (Object.hasOwn(ledgerInternalContract, method)) {
    const internal = ledger.internal as unknown as Handlers;
    const schema = ledgerInternalContract[method as keyof typeof ledgerInternalContract];
    return { schema, run: (input) => internal[method]!(input) };
  }
  return undefined;
}

async function callLedger(ledger: ServedLedger, method: string, input: unknown): Promise<unknown> {
  const route = routeOf(ledger, method);
  if (!route) throw new PurseError('UNKNOWN_METHOD', 'This request is not part of the ledger.');
  // Defense in depth: main parsed this already, but the ledger trusts no caller.
  return route.run(parseInput(route.schema, input));
}

/**
 * Serves the ledger engine over a port, answering each request with a Result envelope.
 * `ledger` may still be opening: requests wait for it, and if it fails to open each one is
 * answered with that failure. Returns a function that stops serving.
 */
export function serveLedger(
  ledger: ServedLedger | Promise<ServedLedger>,
  port: RpcPort,
): () => void {
  const ready = Promise.resolve(ledger);
  // A failure to open is reported to each caller, not as an unhandled rejection.
  ready.catch(() => undefined);

  return port.onMessage((data) => {
    // Only main holds the other end; anything that is not a request is not a call.
    if (!isRpcRequest(data)) return;
    void settle(async () => callLedger(await ready, data.method, data.input)).then((result) => {
      try {
        port.post({ type: 'purse-rpc/response', id: data.id, result });
      } catch (thrown) {
        // A value that cannot be cloned must still answer, or the caller waits for its timeout.
        port.post({ type: 'purse-rpc/response', id: data.id, result: toFail(thrown) });
      }
    });
  });
}
