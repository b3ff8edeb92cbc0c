import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { isAllowedRequest, lockNetwork } from '../../../../src/main/security/network-lock';
import { FakeSession } from '../fakes/electron';

vi.mock('electron', () => ({}));

const ui = { origins: ['app://purse'], schemes: ['data:'] };
const ledger = { origins: ['app://purse'], schemes: [] };

describe('security.lockNetwork', () => {
  it('lets a page load its own files', () => {
    expect(isAllowedRequest('app://purse/assets/ui.js', ui)).toBe(true);
    expect(isAllowedRequest('app://purse/ledger/host.html', ledger)).toBe(true);
  });

  it.each([
    'https://example.com/track.gif',
    'http://127.0.0.1:8080/',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/x.js',
    'ftp://example.com/',
  ])('cancels a request to %s', (url) => {
    expect(isAllowedRequest(url, ui)).toBe(false);
    expect(isAllowedRequest(url, ledger)).toBe(false);
  });

  it('allows data: images in the UI only', () => {
    expect(isAllowedRequest('data:image/png;base64,AAAA', ui)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', ledger)).toBe(false);
  });

  it('cancels through webRequest on the session', () => {
    const session = new FakeSession();
    lockNetwork(session as unknown as Session, ledger);
    const listener = session.onBeforeRequest as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const callback = vi.fn();
    listener({ url: 'https://example.com/' }, callback);
    listener({ url: 'app://purse/ledger/host.html' }, callback);
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });
});
