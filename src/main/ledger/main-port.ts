import type { MessagePortMain } from 'electron';
import type { RpcPort } from '../../shared/rpc';

/** Adapts Electron's MessagePortMain (main's end of the ledger channel) to the RPC port. */
export function fromMessagePortMain(port: MessagePortMain): RpcPort {
  return {
    post(message) {
      port.postMessage(message);
    },
    onMessage(listener) {
      const onMessage = (event: Electron.MessageEvent) => listener(event.data);
      port.on('message', onMessage);
      // Messages queue until the port is started.
      port.start();
      return () => port.off('message', onMessage);
    },
    onClose(listener) {
      port.on('close', listener);
      return () => port.off('close', listener);
    },
    close() {
      port.close();
    },
  };
}
