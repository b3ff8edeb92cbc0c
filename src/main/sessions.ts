import { session } from 'electron';
import { APP_ORIGIN } from './protocol/app-scheme';
import type { Runtime } from './runtime';
import { ledgerCsp, uiCsp } from './security/csp';
import { secureSession } from './security/secure-session';
import { LEDGER_PARTITION } from './windows/ledger-window';
import { LEDGER_PAGE, UI_PAGE } from './windows/pages';

/** The UI's (default) session and the ledger's own: each serves only its page, offline. */
export function secureAppSessions(runtime: Runtime): void {
  const dev = runtime.devServerOrigin;
  const origins = dev ? [APP_ORIGIN, dev, dev.replace(/^http/, 'ws')] : [APP_ORIGIN];
  const devSchemes = runtime.devTools ? ['devtools:'] : [];

  secureSession(session.defaultSession, {
    csp: uiCsp(dev),
    root: runtime.rendererRoot,
    pages: [UI_PAGE],
    clipboardOrigins: runtime.appOrigins,
    network: { origins, schemes: ['data:', ...devSchemes] },
  });
  secureSession(session.fromPartition(LEDGER_PARTITION), {
    csp: ledgerCsp(dev),
    root: runtime.rendererRoot,
    pages: [LEDGER_PAGE],
    clipboardOrigins: [],
    network: { origins, schemes: devSchemes },
  });
}
