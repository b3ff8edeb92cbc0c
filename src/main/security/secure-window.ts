import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export interface SecureWindowOptions {
  /** Size, title, visibility…: anything but web preferences. */
  readonly window: Omit<BrowserWindowConstructorOptions, 'webPreferences'>;
  /** Absolute path of the sandboxed (single-file CJS) preload. */
  readonly preload: string;
  /** A session partition of its own, e.g. `persist:ledger`; the default session otherwise. */
  readonly partition?: string;
  readonly backgroundThrottling?: boolean;
  readonly devTools: boolean;
}

/**
 * The only place Purse creates a BrowserWindow. The secure values are written out here, as
 * literals after everything a caller passes, so no caller can weaken them (and scanners
 * such as Electronegativity can read them).
 */
export function createSecureWindow(options: SecureWindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...options.window,
    webPreferences: {
      preload: options.preload,
      ...(options.partition ? { partition: options.partition } : {}),
      backgroundThrottling: options.backgroundThrottling ?? true,
      devTools: options.devTools,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Middle-click would otherwise open links without passing through window.open.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  });
}
