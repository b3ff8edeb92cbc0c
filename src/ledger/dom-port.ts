import type { RpcPort } from '../shared/rpc';

/** Adapts a DOM MessagePort (the ledger host's end) to the RPC's port interface. */
export function fromDomPort(port: MessagePort): RpcPort {
  return {
    post(message) {
      port.postMessage(message);
    },
    onMessage(listener) {
      const onMessage = (event: MessageEvent<unknown>) => listener(event.data);
      port.addEventListener('message', onMessage);
      // addEventListener, unlike onmessage, does not start the port by itself.
      port.start();
      return () => port.removeEventListener('message', onMessage);
    },
    close() {
      port.close();
    },
  };
}
