import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { originOf } from '../security/origin';

export type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;
export type SenderCheck = (event: SenderEvent) => boolean;

export interface TrustedSenderOptions {
  /** The UI window's web contents, when there is one. */
  readonly uiContents: () => WebContents | undefined;
  /** app://purse, plus the dev server's origin in `electron-vite dev`. */
  readonly origins: readonly string[];
}

/**
 * Only the UI window's main frame, showing one of our own origins, may call Purse. A
 * subframe, another window (the ledger host included) or a page that navigated elsewhere
 * is refused.
 */
export function trustedSender(options: TrustedSenderOptions): SenderCheck {
  return function isTrustedSender({ sender, senderFrame }) {
    const ui = options.uiContents();
    if (!ui || ui.isDestroyed() || !senderFrame) return false;
    if (sender.id !== ui.id) return false;
    const main = ui.mainFrame;
    const isMainFrame =
      senderFrame.parent === null &&
      senderFrame.processId === main.processId &&
      senderFrame.routingId === main.routingId;
    if (!isMainFrame) return false;
    const origin = originOf(senderFrame.url);
    return origin !== undefined && options.origins.includes(origin);
  };
}
