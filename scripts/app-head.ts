import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Where a page takes the app page's head (src/renderer/index.html). */
export const APP_HEAD_MARK = '<!-- purse:app-head -->';

/** The app page's head from its CSP to its icon: the CSP, viewport, colour scheme and icon. */
const APP_HEAD = /<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?<link rel="icon"[^>]*>/;

/** `html` with the app page's head where it is marked, so that both pages say it once. */
export function withAppHead(html: string, appPage: string): string {
  const head = APP_HEAD.exec(appPage)?.[0];
  if (!head) throw new Error('The app page has no CSP meta tag and icon to share');
  if (!html.includes(APP_HEAD_MARK)) throw new Error(`The page has no ${APP_HEAD_MARK}`);
  return html.replace(APP_HEAD_MARK, head);
}

/** Fills a page's marked head from the app page's, each time the page is served or built. */
export function appHead(appPagePath: string): Plugin {
  return {
    name: 'purse:app-head',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => withAppHead(html, readFileSync(appPagePath, 'utf8')),
    },
  };
}
