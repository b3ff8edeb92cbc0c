import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { applyPermissionPolicy } from '../../../../src/main/security/permissions';
import { FakeSession } from '../fakes/electron';

vi.mock('electron', () => ({}));

type RequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { isMainFrame: boolean; requestingUrl: string },
) => void;
type CheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: { isMainFrame: boolean; requestingUrl?: string },
) => boolean;

function uiSession(): FakeSession {
  const session = new FakeSession();
  applyPermissionPolicy(session as unknown as Session, { clipboardOrigins: ['app://purse'] });
  return session;
}

function request(session: FakeSession, permission: string, url: string, isMainFrame = true) {
  const callback = vi.fn();
  (session.permissionRequestHandler as RequestHandler)({}, permission, callback, {
    isMainFrame,
    requestingUrl: url,
  });
  expect(callback).toHaveBeenCalledOnce();
  return callback.mock.calls[0]?.[0] as boolean;
}

const UI = 'app://purse/renderer/index.html';

describe('security.applyPermissionPolicy', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid'])(
    'denies the UI a request for %s',
    (permission) => {
      expect(request(uiSession(), permission, UI)).toBe(false);
    },
  );

  it('lets the UI’s main frame write to the clipboard, so Copy buttons work', () => {
    const session = uiSession();
    expect(request(session, 'clipboard-sanitized-write', UI)).toBe(true);
    const check = session.permissionCheckHandler as CheckHandler;
    expect(
      check(null, 'clipboard-sanitized-write', 'app://purse', {
        isMainFrame: true,
        requestingUrl: UI,
      }),
    ).toBe(true);
  });

  it('refuses the clipboard to any other origin, to frames inside the page and to the ledger', () => {
    const session = uiSession();
    expect(request(session, 'clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(request(session, 'clipboard-sanitized-write', 'app://other/x.html')).toBe(false);
    expect(request(session, 'clipboard-sanitized-write', UI, false)).toBe(false);
    const check = session.permissionCheckHandler as CheckHandler;
    expect(check(null, 'clipboard-sanitized-write', 'null', { isMainFrame: true })).toBe(false);

    const ledger = new FakeSession();
    applyPermissionPolicy(ledger as unknown as Session, { clipboardOrigins: [] });
    expect(request(ledger, 'clipboard-sanitized-write', 'app://purse/ledger/host.html')).toBe(
      false,
    );
  });

  it('answers every other permission check with no', () => {
    const check = uiSession().permissionCheckHandler as CheckHandler;
    for (const permission of ['media', 'serial', 'clipboard-read', 'notifications'])
      expect(check(null, permission, 'app://purse', { isMainFrame: true, requestingUrl: UI })).toBe(
        false,
      );
  });

  it('grants no USB, HID or serial device', () => {
    const device = uiSession().devicePermissionHandler as (...args: unknown[]) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://purse' })).toBe(false);
  });
});
