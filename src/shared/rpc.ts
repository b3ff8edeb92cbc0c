import { isErrorCode, PurseError, type ValidationIssue } from './errors';
import type { Result } from './result';

/**
 * The ledger RPC between main and the hidden ledger host: one request, one response, matched
 * by id, over any port that can post structured-cloneable data. Kept free of zod and
 * electron so both ends (Node in main, the sandboxed host page) can share it.
 */

/** The IPC channel on which main hands the ledger host its end of the MessageChannel. */
export const LEDGER_PORT_CHANNEL = 'ledger:port';

export interface RpcRequest {
  readonly type: 'purse-rpc/request';
  readonly id: number;
  readonly method: string;
  readonly input: unknown;
}

export interface RpcResponse {
  readonly type: 'purse-rpc/response';
  readonly id: number;
  readonly result: Result<unknown>;
}

/** Main's first word on a new port: the data key that unseals the ledger's rows. */
export interface RpcOpen {
  readonly type: 'purse-rpc/open';
  readonly dataKey: Uint8Array;
}

export type RpcMessage = RpcRequest | RpcResponse | RpcOpen;

/** What the RPC needs from a port: Electron's MessagePortMain, a DOM MessagePort or a fake. */
export interface RpcPort {
  post(message: RpcMessage): void;
  /** Subscribes to the data of incoming messages; returns the unsubscribe function. */
  onMessage(listener: (data: unknown) => void): () => void;
  /** Where the transport can tell, called once the other end is gone. */
  onClose?(listener: () => void): () => void;
  close(): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isRequestId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

export function isRpcRequest(data: unknown): data is RpcRequest {
  return (
    isRecord(data) &&
    data['type'] === 'purse-rpc/request' &&
    isRequestId(data['id']) &&
    typeof data['method'] === 'string'
  );
}

export function isRpcResponse(data: unknown): data is RpcResponse {
  return (
    isRecord(data) &&
    data['type'] === 'purse-rpc/response' &&
    isRequestId(data['id']) &&
    isRecord(data['result']) &&
    typeof data['result']['ok'] === 'boolean'
  );
}

export function isRpcOpen(data: unknown): data is RpcOpen {
  return (
    isRecord(data) && data['type'] === 'purse-rpc/open' && data['dataKey'] instanceof Uint8Array
  );
}

function isIssueList(value: unknown): value is readonly ValidationIssue[] {
  return (
    Array.isArray(value) &&
    value.every(
      (issue) =>
        isRecord(issue) &&
        typeof issue['path'] === 'string' &&
        typeof issue['message'] === 'string',
    )
  );
}

/**
 * Turns a response's Result back into a value or a thrown PurseError, so that the caller's
 * own `settle()` wraps it again. Anything malformed from the other side becomes INTERNAL.
 */
export function decodeResult(result: Result<unknown>): unknown {
  if (result.ok) return result.value;
  const error: unknown = result.error;
  if (!isRecord(error) || !isErrorCode(error['code']) || typeof error['message'] !== 'string') {
    throw new PurseError('INTERNAL', 'Something went wrong. Nothing was changed.');
  }
  const details = isRecord(error['details'])
    ? (error['details'] as PurseError['details'])
    : undefined;
  const issues = isIssueList(error['issues']) ? error['issues'] : undefined;
  throw new PurseError(error['code'], error['message'], details, issues);
}
