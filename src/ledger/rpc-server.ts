import type { z } from 'zod';
import { parseInput } from '../shared/parse-input';
import {
  contract,
  type ContractTable,
  type LedgerApi,
  type LedgerInternalApi,
  ledgerInternalContract,
} from '../shared/contract';
import { PurseError } from '../shared/errors';
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

function routeOf(ledger: ServedLedger, table: ContractTable, method: string): Route | undefined {
  const spec = Object.hasOwn(table, method) ? table[method] : undefined;
  if (spec?.serve === 'ledger') {
    const api = ledger.api as unknown as Handlers;
    return { schema: spec.input, run: (input) => api[method]!(input) };
  }
  if (Object.hasOwn(ledgerInternalContract, method)) {
    const internal = ledger.internal as unknown as Handlers;
    const schema = ledgerInternalContract[method as keyof typeof ledgerInternalContract].input;
    return { schema, run: (input) => internal[method]!(input) };
  }
  return undefined;
}

async function callLedger(
  ledger: ServedLedger,
  table: ContractTable,
  method: string,
  input: unknown,
): Promise<unknown> {
  const route = routeOf(ledger, table, method);
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
  table: ContractTable = contract,
): () => void {
  const ready = Promise.resolve(ledger);
  // A failure to open is reported to each caller, not as an unhandled rejection.
  ready.catch(() => undefined);

  return port.onMessage((data) => {
    // Only main holds the other end; anything that is not a request is not a call.
    if (!isRpcRequest(data)) return;
    void settle(async () => callLedger(await ready, table, data.method, data.input)).then(
      (result) => {
        try {
          port.post({ type: 'purse-rpc/response', id: data.id, result });
        } catch (thrown) {
          // A value that cannot be cloned must still answer, or the caller waits for its timeout.
          port.post({ type: 'purse-rpc/response', id: data.id, result: toFail(thrown) });
        }
      },
    );
  });
}
