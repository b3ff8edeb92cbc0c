import { APP_ORIGIN } from '../protocol/app-scheme';

/** Purse's two pages, relative to the renderer root (src/ in dev, out/renderer when built). */
export const UI_PAGE = 'renderer/index.html';
export const LEDGER_PAGE = 'ledger/host.html';

export type Page = typeof UI_PAGE | typeof LEDGER_PAGE;

/** Where a page loads from: the dev server's origin in `electron-vite dev`, else app://purse. */
export function pageUrl(page: Page, devServerOrigin?: string): string {
  return `${devServerOrigin ?? APP_ORIGIN}/${page}`;
}
