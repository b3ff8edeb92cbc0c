import { useMemo, useSyncExternalStore } from 'react';
import { hrefOf, hrefOfPath, parseHash, type Area, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current screen, from the location hash (so reload and back keep the place). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseHash(hash), [hash]);
}

export function navigate(area: Area, params?: Record<string, string>): void {
  window.location.hash = hrefOf(area, params);
}

/** Opens a screen below an area: navigatePath('bills', [id, 'edit']). */
export function navigatePath(
  area: Area,
  path: readonly string[],
  params?: Record<string, string>,
): void {
  window.location.hash = hrefOfPath(area, path, params);
}
