import {
  type ContractTable,
  LEDGER_INTERNAL_METHODS,
  type LedgerApi,
  type LedgerInternalApi,
} from '../../shared/contract';
import { PurseError } from '../../shared/errors';
import { decodeResult, isRpcResponse, type RpcPort } from '../../shared/rpc';
import { ledgerMethodsOf, LEDGER_METHODS } from './ledger-methods';

export const DEFAULT_LEDGER_TIMEOUT_MS = 15_000;

export interface LedgerClientOptions {
  readonly timeoutMs?: number;
  /** The methods to offer; the app's contract unless a test adds some. */
  readonly table?: ContractTable;
}

export interface LedgerClient {
  /** The ledger as the gateway sees it; each call resolves, or throws a PurseError. */
  readonly api: LedgerApi;
  /** Main's own ledger methods (the audit log), on the same port. */
  readonly internal: LedgerInternalApi;
  /** Any of the above by name. */
  call(method: string, input: unknown): Promise<unknown>;
  /** Fails every pending and later call with UNAVAILABLE and closes the port. */
  close(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Unlike most errors, a timeout does not prove that nothing happened: the ledger may have
 * written after all, so the message sends people to their history rather than to "retry".
 */
function timedOut(): PurseError {
  return new PurseError(
    'UNAVAILABLE',
    'The ledger did not answer in time. Check your history before trying again.',
  );
}

function closed(): PurseError {
  return new PurseError('UNAVAILABLE', 'The ledger is not running. Restart Purse.');
}

type Call = (method: string, input: unknown) => Promise<unknown>;

/** One function per method name, each calling `call` with its name. */
export function callers(
  methods: readonly string[],
  call: Call,
): Record<string, (input: unknown) => Promise<unknown>> {
  return Object.fromEntries(
    methods.map((method) => [method, (input: unknown) => call(method, input)]),
  );
}

/** The `LedgerApi` over an RPC port: request ids, timeouts, and Result envelopes decoded. */
export function createLedgerClient(port: RpcPort, options: LedgerClientOptions = {}): LedgerClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_LEDGER_TIMEOUT_MS;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let isClosed = false;

  function take(id: number): Pending | undefined {
    const entry = pending.get(id);
    if (!entry) return undefined;
    pending.delete(id);
    clearTimeout(entry.timer);
    return entry;
  }

  const stopListening = port.onMessage((data) => {
    // Late answers (after a timeout) and anything malformed are dropped.
    if (!isRpcResponse(data)) return;
    const entry = take(data.id);
    if (!entry) return;
    try {
      entry.resolve(decodeResult(data.result));
    } catch (error) {
      entry.reject(error);
    }
  });

  function shutDown(): void {
    if (isClosed) return;
    isClosed = true;
    stopListening();
    for (const id of [...pending.keys()]) take(id)?.reject(closed());
  }
  port.onClose?.(shutDown);

  function call(method: string, input: unknown): Promise<unknown> {
    if (isClosed) return Promise.reject(closed());
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => take(id)?.reject(timedOut()), timeoutMs);
      pending.set(id, { resolve, reject, timer });
      try {
        port.post({ type: 'purse-rpc/request', id, method, input });
      } catch {
        take(id)?.reject(closed());
      }
    });
  }

  return {
    api: callers(
      options.table ? ledgerMethodsOf(options.table) : LEDGER_METHODS,
      call,
    ) as unknown as LedgerApi,
    internal: callers(LEDGER_INTERNAL_METHODS, call) as unknown as LedgerInternalApi,
    call,
    close() {
      shutDown();
      port.close();
    },
  };
}
