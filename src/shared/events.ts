/** Main → UI: open a screen (a clicked bill reminder opens that bill). */
export const NAVIGATE_CHANNEL = 'purse:navigate';
/** Main → UI: a `purse://pay` link the OS handed Purse, already checked by main. */
export const PAY_REQUEST_CHANNEL = 'purse:pay-request';

/** Only in-app paths like `/bills/<id>`: nothing that could point outside the app. */
export function isAppPath(value: unknown): value is string {
  return typeof value === 'string' && /^\/[a-z0-9/-]{1,120}$/i.test(value);
}

/**
 * What main says about a payment link: its canonical form once checked, or why it was refused
 * (a problem code of src/shared/payment-request.ts). Never the raw link.
 */
export type PayRequestEvent =
  | { readonly kind: 'request'; readonly link: string }
  | { readonly kind: 'refused'; readonly problem: string };

/** The shape check the preload applies; the UI parses `link` again before using it. */
export function isPayRequestEvent(value: unknown): value is PayRequestEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Record<string, unknown>;
  if (event['kind'] === 'request') {
    const link = event['link'];
    return typeof link === 'string' && link.length <= 2048 && link.startsWith('purse://pay?');
  }
  return (
    event['kind'] === 'refused' &&
    typeof event['problem'] === 'string' &&
    /^[a-z-]{1,40}$/.test(event['problem'])
  );
}

/** `window.purseEvents`: what main tells the UI without being asked. */
export interface PurseEvents {
  onNavigate(listener: (path: string) => void): () => void;
  /** A payment link opened Purse; one that came before anyone listened is kept for the first. */
  onPayRequest(listener: (event: PayRequestEvent) => void): () => void;
}
