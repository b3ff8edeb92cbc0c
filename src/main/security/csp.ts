/**
 * The Content-Security-Policies of Purse's two pages, in one place: sent as a response
 * header by the app:// protocol and added by webRequest to every other response.
 *
 * Decision (ARCHITECTURE.md, "The UI"): antd's CSS-in-JS injects <style> elements at run
 * time, so the UI allows `style-src 'self' 'unsafe-inline'`. Inline styles cannot run
 * script; everything else stays strict. The ledger host shows nothing and needs no styles.
 */

type Directives = Readonly<Record<string, readonly string[]>>;

const LOCKED_DOWN: Directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

const UI_DIRECTIVES: Directives = {
  ...LOCKED_DOWN,
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
};

const LEDGER_DIRECTIVES: Directives = LOCKED_DOWN;

function serialize(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * `electron-vite dev` only: Vite's client injects an inline React-refresh preamble and
 * talks to its dev server over a WebSocket. Never used by a built app.
 */
function withDevServer(directives: Directives, devServerOrigin: string): Directives {
  const socket = devServerOrigin.replace(/^http/, 'ws');
  return {
    ...directives,
    'script-src': [...(directives['script-src'] ?? []), "'unsafe-inline'", devServerOrigin],
    'connect-src': [...(directives['connect-src'] ?? []), devServerOrigin, socket],
  };
}

export const UI_CSP = serialize(UI_DIRECTIVES);
export const LEDGER_CSP = serialize(LEDGER_DIRECTIVES);

export function uiCsp(devServerOrigin?: string): string {
  return devServerOrigin ? serialize(withDevServer(UI_DIRECTIVES, devServerOrigin)) : UI_CSP;
}

export function ledgerCsp(devServerOrigin?: string): string {
  return devServerOrigin
    ? serialize(withDevServer(LEDGER_DIRECTIVES, devServerOrigin))
    : LEDGER_CSP;
}
