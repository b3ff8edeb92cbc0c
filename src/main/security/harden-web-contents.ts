import type { App, WebContents } from 'electron';
import { openExternalIfAllowed } from './external-links';

/**
 * Purse's pages never navigate, open windows or embed webviews: every attempt is refused.
 * An allow-listed https link opens in the user's browser instead, never inside Purse.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>,
): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}

/** Applies `hardenWebContents` to every web contents the app ever creates. */
export function hardenAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
