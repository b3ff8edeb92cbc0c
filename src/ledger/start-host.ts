import { PurseError } from '../shared/errors';
import { isRpcOpen, LEDGER_PORT_CHANNEL, type RpcPort } from '../shared/rpc';
import { fromDomPort } from './dom-port';
import { serveLedger, type ServedLedger } from './rpc-server';

type MessageListener = (event: MessageEvent) => void;

/** The little of `window` the host needs; a fake in tests. */
export interface HostWindow {
  readonly location: { readonly origin: string };
  addEventListener(type: 'message', listener: MessageListener): void;
  removeEventListener(type: 'message', listener: MessageListener): void;
}

export type OpenServedLedger = (dataKey: Uint8Array) => Promise<ServedLedger>;

/** Waits for main's open message (the data key) on the port, then opens the ledger. */
function openOnRequest(rpc: RpcPort, open: OpenServedLedger): Promise<ServedLedger> {
  return new Promise((resolve, reject) => {
    const stop = rpc.onMessage((data) => {
      if (!isRpcOpen(data)) return;
      stop();
      open(data.dataKey).then(
        ({ api, internal }) => resolve({ api, internal }),
        (thrown: unknown) => {
          console.error('The ledger could not be opened', thrown);
          reject(
            thrown instanceof PurseError
              ? thrown
              : new PurseError('UNAVAILABLE', 'The ledger could not be opened. Restart Purse.'),
          );
        },
      );
    });
  });
}

/**
 * Waits for the port that main sends through the preload, then serves the ledger on it; the
 * ledger opens once main sends the data key over that same private port. Only the first
 * port is taken: main is the only party that may ever talk to the ledger. Resolves once
 * serving has started.
 */
export function startLedgerHost(host: HostWindow, open: OpenServedLedger): Promise<void> {
  return new Promise((resolve) => {
    const onMessage: MessageListener = (event) => {
      const fromThisPage = event.source === host && event.origin === host.location.origin;
      const port = event.ports[0];
      if (!fromThisPage || event.data !== LEDGER_PORT_CHANNEL || !port) return;
      host.removeEventListener('message', onMessage);
      const rpc = fromDomPort(port);
      serveLedger(openOnRequest(rpc, open), rpc);
      resolve();
    };
    host.addEventListener('message', onMessage);
  });
}
