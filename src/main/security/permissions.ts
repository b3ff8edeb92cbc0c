import type { Session } from 'electron';
import { originOf } from './origin';

/** The one permission Purse's UI uses: writing to the clipboard (Copy buttons). */
export const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

export interface PermissionPolicy {
  /** Origins whose main frame may write to the clipboard: the UI's own, nothing else. */
  readonly clipboardOrigins: readonly string[];
}

interface FrameDetails {
  readonly isMainFrame: boolean;
  readonly requestingUrl?: string;
}

/** Whether a permission is granted: a clipboard write from one of our pages' main frame. */
export function permits(
  policy: PermissionPolicy,
  permission: string,
  details: FrameDetails,
  requestingOrigin?: string,
): boolean {
  if (permission !== CLIPBOARD_WRITE || !details.isMainFrame) return false;
  const origin = details.requestingUrl ? originOf(details.requestingUrl) : requestingOrigin;
  return origin !== undefined && policy.clipboardOrigins.includes(origin);
}

/**
 * Purse needs no browser permission but the clipboard write behind its Copy buttons: that
 * one is granted to the UI's main frame on its own origin, and every other request and check
 * (camera, notifications from pages, geolocation, clipboard reads, USB, …) is denied. OS
 * notifications come from main, not from pages.
 */
export function applyPermissionPolicy(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
  policy: PermissionPolicy,
): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(permits(policy, permission, details)),
  );
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    permits(policy, permission, details, requestingOrigin),
  );
  session.setDevicePermissionHandler(() => false);
}
