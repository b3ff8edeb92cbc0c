import type { BrowserWindow } from 'electron';
import { createSecureWindow } from '../security/secure-window';

export interface UiWindowOptions {
  readonly url: string;
  readonly preload: string;
  readonly devTools: boolean;
}

/** The window people use; shown once its first paint is ready. */
export function createUiWindow(options: UiWindowOptions): BrowserWindow {
  const window = createSecureWindow({
    window: {
      title: 'Purse',
      width: 1200,
      height: 800,
      minWidth: 900,
      minHeight: 600,
      show: false,
    },
    preload: options.preload,
    devTools: options.devTools,
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.url).catch((error: unknown) => {
    console.error('The Purse window could not load', error);
  });
  return window;
}
