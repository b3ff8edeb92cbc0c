import { isAppPath } from '../../shared/events';
import { parseHash } from './routes';

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
