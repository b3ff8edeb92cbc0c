import { MessageChannel } from 'node:worker_threads';
import { fromDomPort } from '../../../../src/ledger/dom-port';
import { fromMessagePortMain } from '../../../../src/main/ledger/main-port';
import type { RpcPort } from '../../../../src/shared/rpc';
import { FakeMessagePortMain } from './electron';

export interface RpcPortPair {
  /** Main's end, as Electron's MessagePortMain would be adapted. */
  readonly main: RpcPort;
  /** The ledger host's end, as a DOM MessagePort would be adapted. */
  readonly host: RpcPort;
  close(): void;
}

/**
 * A real Node MessageChannel (so messages are structured-cloned and asynchronous), with
 * port1 dressed as a MessagePortMain and port2 used as the DOM MessagePort it resembles.
 */
export function rpcPortPair(): RpcPortPair {
  const channel = new MessageChannel();
  const mainPort = new FakeMessagePortMain(channel.port1);
  return {
    main: fromMessagePortMain(mainPort),
    host: fromDomPort(channel.port2 as unknown as MessagePort),
    close() {
      channel.port1.close();
      channel.port2.close();
    },
  };
}
