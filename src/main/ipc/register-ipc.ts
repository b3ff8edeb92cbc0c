import type { IpcMain } from 'electron';
import type { Gateway } from '../../gateway/create-gateway';
import { channelOf, contract, type ContractTable, type MethodName } from '../../shared/contract';
import { fail } from '../../shared/result';
import type { SenderCheck } from './trusted-sender';

export interface IpcOptions {
  readonly ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  readonly gateway: Pick<Gateway, 'call'>;
  readonly isTrustedSender: SenderCheck;
  /** The methods to answer; the app's contract unless a test adds some. */
  readonly table?: ContractTable;
}

/**
 * One `ipcMain.handle` per contract method, on its own channel. A caller that fails the
 * sender check gets FORBIDDEN_SENDER and never reaches the gateway. Returns an undo.
 */
export function registerIpc(options: IpcOptions): () => void {
  const { ipcMain, gateway, isTrustedSender } = options;
  const methods = Object.keys(options.table ?? contract) as MethodName[];
  for (const method of methods) {
    ipcMain.handle(channelOf(method), function handlePurseCall(event, input: unknown) {
      if (!isTrustedSender(event)) {
        return Promise.resolve(fail('FORBIDDEN_SENDER', 'This window may not use Purse.'));
      }
      return gateway.call(method, input);
    });
  }
  return () => {
    for (const method of methods) ipcMain.removeHandler(channelOf(method));
  };
}
