import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n } from './i18n/i18n';
import { HostExtrasProvider, type HostExtras } from './shell/host-extras';
import { followMainNavigation, followPaymentRequests } from './shell/main-navigation';

/** Renders Purse into an element; used by the Electron renderer and the dev:web harness. */
export function mountPurse(element: HTMLElement, extras: HostExtras = {}): void {
  initI18n();
  // A clicked bill reminder opens its bill, locked or not (the lock screen comes first).
  followMainNavigation();
  followPaymentRequests();
  createRoot(element).render(
    <StrictMode>
      <HostExtrasProvider value={extras}>
        <App />
      </HostExtrasProvider>
    </StrictMode>,
  );
}
