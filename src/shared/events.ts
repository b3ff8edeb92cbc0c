/** Main → UI: open a screen (a clicked bill reminder opens that bill). */
export const NAVIGATE_CHANNEL = 'purse:navigate';

/** Only in-app paths like `/bills/<id>`: nothing that could point outside the app. */
export function isAppPath(value: unknown): value is string {
  return typeof value === 'string' && /^\/[a-z0-9/-]{1,120}$/i.test(value);
}

/** `window.purseEvents`: what main tells the UI without being asked. */
export interface PurseEvents {
  onNavigate(listener: (path: string) => void): () => void;
}
