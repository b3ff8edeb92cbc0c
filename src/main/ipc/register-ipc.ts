import type { IpcMain } from 'electron';
import type { Gateway } from '../gateway/create-gateway';
import { channelOf, METHOD_NAMES } from '../../shared/method-names';
import { fail } from '../../shared/result';
import type { SenderCheck } from './trusted-sender';

export interface IpcOptions {
  readonly ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  readonly gateway: Gateway;
  readonly isTrustedSender: SenderCheck;
}

/**
 * One `ipcMain.handle` per contract method, on its own channel. A caller that fails the
 * sender check gets FORBIDDEN_SENDER and never reaches the gateway. Returns an undo.
 */
export function registerIpc({ ipcMain, gateway, isTrustedSender }: IpcOptions): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), function handlePurseCall(event, input: unknown) {
      if (!isTrustedSender(event)) {
        return Promise.resolve(fail('FORBIDDEN_SENDER', 'This window may not use Purse.'));
      }
      return gateway.call(method, input);
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(channelOf(method));
  };
}
