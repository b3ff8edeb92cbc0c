import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, WebContents } from 'electron';
import {
  hardenAllWebContents,
  hardenWebContents,
} from '../../../../src/main/security/harden-web-contents';
import { isAllowedExternalUrl } from '../../../../src/main/security/external-links';
import { fake, FakeApp, FakeWebContents, resetFakeElectron } from '../fakes/electron';

vi.mock('electron', async () => (await import('../fakes/electron')).electronModule);

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

describe('security.hardenWebContents', () => {
  beforeEach(resetFakeElectron);

  it.each(['https://evil.example/', 'app://purse/ledger/host.html', 'file:///etc/passwd'])(
    'blocks navigation to %s',
    (url) => {
      expect(hardened().dispatchCancelable('will-navigate', url)).toBe(true);
    },
  );

  it('blocks redirects of a navigation', () => {
    expect(hardened().dispatchCancelable('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('blocks attaching a webview', () => {
    expect(hardened().dispatchCancelable('will-attach-webview', {}, {})).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://purse/renderer/index.html',
  ])('denies window.open(%s) and opens nothing outside', (url) => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(fake.openExternal).not.toHaveBeenCalled();
  });

  it('is applied to every web contents the app creates', () => {
    const app = new FakeApp();
    hardenAllWebContents(app as unknown as App);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler).toBeDefined();
    expect(contents.dispatchCancelable('will-navigate', 'https://evil.example/')).toBe(true);
  });
});

describe('security.isAllowedExternalUrl', () => {
  it('allows nothing while the allow-list is empty', () => {
    expect(isAllowedExternalUrl('https://purse.example/help')).toBe(false);
  });

  it('allows only https links of an allow-listed origin', () => {
    const allowed = ['https://purse.example'];
    expect(isAllowedExternalUrl('https://purse.example/help', allowed)).toBe(true);
    expect(isAllowedExternalUrl('http://purse.example/help', allowed)).toBe(false);
    expect(isAllowedExternalUrl('https://purse.example.evil/help', allowed)).toBe(false);
    expect(isAllowedExternalUrl('https://user@purse.example/', allowed)).toBe(false);
    expect(isAllowedExternalUrl('not a url', allowed)).toBe(false);
  });
});
