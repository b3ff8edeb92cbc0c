import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { denyAllPermissions } from '../../../../src/main/security/permissions';
import { FakeSession } from '../fakes/electron';

vi.mock('electron', () => ({}));

function deniedSession(): FakeSession {
  const session = new FakeSession();
  denyAllPermissions(session as unknown as Session);
  return session;
}

describe('security.denyAllPermissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid'])(
    'denies a page that requests %s',
    (permission) => {
      const callback = vi.fn();
      const request = deniedSession().permissionRequestHandler as (
        webContents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
      ) => void;
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check with no', () => {
    const check = deniedSession().permissionCheckHandler as (...args: unknown[]) => boolean;
    expect(check(null, 'media', 'app://purse', {})).toBe(false);
    expect(check(null, 'serial', 'app://purse', {})).toBe(false);
  });

  it('grants no USB, HID or serial device', () => {
    const device = deniedSession().devicePermissionHandler as (...args: unknown[]) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://purse' })).toBe(false);
  });
});
