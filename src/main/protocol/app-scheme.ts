import { protocol } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'purse';
/** The origin of every page Purse ships: the UI and the ledger host. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Must run before `app` is ready. `standard` gives pages a real origin (and so their own
 * IndexedDB), `secure` a secure context (crypto.subtle). No `corsEnabled`: no other origin
 * may read from it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}
