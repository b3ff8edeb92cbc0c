import type { BrowserWindow } from 'electron';
import { createSecureWindow } from '../security/secure-window';

/** The ledger's own session: its IndexedDB lives here, apart from the UI's. */
export const LEDGER_PARTITION = 'persist:ledger';

export interface LedgerWindowOptions {
  readonly preload: string;
  readonly devTools: boolean;
}

/**
 * The hidden window that runs the ledger engine on real IndexedDB. Never shown; not
 * throttled in the background, since it serves every request while the UI has focus.
 */
export function createLedgerWindow(options: LedgerWindowOptions): BrowserWindow {
  return createSecureWindow({
    window: {
      title: 'Purse ledger',
      show: false,
      width: 320,
      height: 240,
      skipTaskbar: true,
      paintWhenInitiallyHidden: false,
    },
    preload: options.preload,
    partition: LEDGER_PARTITION,
    backgroundThrottling: false,
    devTools: options.devTools,
  });
}
