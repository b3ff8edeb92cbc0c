import { MessageChannelMain, type BrowserWindow, type MessagePortMain } from 'electron';
import {
  LEDGER_INTERNAL_METHODS,
  type LedgerApi,
  type LedgerInternalApi,
} from '../../shared/contract';
import { PurseError } from '../../shared/errors';
import { LEDGER_PORT_CHANNEL, type RpcPort } from '../../shared/rpc';
import { callers, createLedgerClient, type LedgerClient } from './ledger-client';
import { LEDGER_METHODS } from './ledger-methods';
import { fromMessagePortMain } from './main-port';

export interface LedgerConnectionOptions {
  /** Creates the hidden ledger host window (not yet loaded). */
  readonly createWindow: () => BrowserWindow;
  readonly url: string;
  /** The data key that unseals the ledger, from the OS keychain; asked for once. */
  readonly dataKey: () => Promise<Uint8Array>;
  readonly timeoutMs?: number;
  /** How many times a crashed host is reloaded before the ledger stays UNAVAILABLE. */
  readonly maxRestarts?: number;
}

export interface LedgerConnection {
  /** Stable for the app's life, whatever happens to the host behind it. */
  readonly api: LedgerApi;
  readonly internal: LedgerInternalApi;
  dispose(): void;
}

interface Link {
  readonly port: RpcPort;
  readonly client: LedgerClient;
  unsent: MessagePortMain | undefined;
}

function keychainError(thrown: unknown): PurseError {
  return thrown instanceof PurseError
    ? thrown
    : new PurseError('KEYCHAIN_UNAVAILABLE', 'Purse could not read its key from the keychain.');
}

/**
 * Owns the ledger host window and the channel to it. Every load of the host page gets a
 * fresh MessageChannel: port2 goes to the page, port1 carries the data key and then backs
 * the RPC client. A crashed host is reloaded (a few times at most); calls in flight fail
 * with UNAVAILABLE.
 */
export function connectLedger(options: LedgerConnectionOptions): LedgerConnection {
  const window = options.createWindow();
  const contents = window.webContents;
  const maxRestarts = options.maxRestarts ?? 3;
  const dataKey = options.dataKey();
  let keyFailure: PurseError | undefined;
  let restarts = 0;
  let disposed = false;

  function openLink(): Link {
    const { port1, port2 } = new MessageChannelMain();
    const port = fromMessagePortMain(port1);
    const client = createLedgerClient(port, { timeoutMs: options.timeoutMs });
    return { port, client, unsent: port2 };
  }
  // Opened before the page loads: calls made meanwhile queue on the port.
  let link = openLink();

  dataKey.catch((thrown: unknown) => {
    keyFailure = keychainError(thrown);
    link.client.close();
  });

  contents.on('did-finish-load', () => {
    if (!link.unsent) {
      link.client.close();
      link = openLink();
    }
    const current = link;
    if (current.unsent) contents.postMessage(LEDGER_PORT_CHANNEL, null, [current.unsent]);
    current.unsent = undefined;
    void dataKey.then(
      (key) => current.port.post({ type: 'purse-rpc/open', dataKey: key }),
      () => undefined,
    );
  });

  contents.on('render-process-gone', () => {
    link.client.close();
    if (disposed || restarts >= maxRestarts) return;
    restarts += 1;
    contents.reload();
  });

  window.loadURL(options.url).catch((error: unknown) => {
    console.error('The ledger host could not load', error);
  });

  function call(method: string, input: unknown): Promise<unknown> {
    if (keyFailure) return Promise.reject(keyFailure);
    // A call in flight when the key fails learns why, not just that the ledger stopped.
    return link.client.call(method, input).catch((error: unknown) => {
      throw keyFailure ?? error;
    });
  }

  return {
    api: callers(LEDGER_METHODS, call) as unknown as LedgerApi,
    internal: callers(LEDGER_INTERNAL_METHODS, call) as unknown as LedgerInternalApi,
    dispose() {
      disposed = true;
      link.client.close();
      if (!window.isDestroyed()) window.destroy();
    },
  };
}
