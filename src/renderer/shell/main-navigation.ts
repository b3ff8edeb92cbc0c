import { isAppPath } from '../../shared/events';
import { hrefOf, parseHash } from './routes';

/**
 * Follows what main asks the UI to open unasked: a clicked bill reminder sends `/bills/<id>`.
 * `window.purseEvents` exists only in Electron (the preload); dev:web has none. Returns the
 * unsubscribe function (a no-op when there is nothing to listen to).
 */
export function followMainNavigation(): () => void {
  const events = window.purseEvents;
  if (!events) return () => undefined;
  return events.onNavigate((path) => {
    // Only paths the UI knows; anything else would land on Home, which is no answer either.
    if (!isAppPath(path) || parseHash(`#${path}`).area === 'home') return;
    window.location.hash = `#${path}`;
  });
}

/**
 * A purse://pay link the OS handed Purse: main has checked it and sends its canonical form
 * (or why it was refused). It opens the prefilled pay screen, which parses it again; after
 * an unlock if Purse is locked. Nothing is paid without the person's PIN.
 */
export function followPaymentRequests(): () => void {
  const events = window.purseEvents;
  if (!events) return () => undefined;
  return events.onPayRequest((event) => {
    window.location.hash =
      event.kind === 'request'
        ? hrefOf('pay', { request: event.link })
        : hrefOf('pay', { requestProblem: event.problem });
  });
}
