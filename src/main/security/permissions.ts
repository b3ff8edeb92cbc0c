import type { Session } from 'electron';

/**
 * Purse needs no browser permission (camera, notifications from pages, geolocation, USB,
 * …): every request and check is denied. OS notifications come from main, not from pages.
 */
export function denyAllPermissions(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
