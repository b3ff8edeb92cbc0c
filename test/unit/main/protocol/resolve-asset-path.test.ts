import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveAssetPath } from '../../../../src/main/protocol/resolve-asset-path';

vi.mock('electron', () => ({ protocol: {} }));

const ROOT = resolve('/opt/purse/out/renderer');

function refused(url: string): boolean {
  return !resolveAssetPath(ROOT, url).ok;
}

describe('protocol.resolveAssetPath', () => {
  it('maps a page of the app to its file under the renderer folder', () => {
    expect(resolveAssetPath(ROOT, 'app://purse/renderer/index.html')).toEqual({
      ok: true,
      filePath: resolve(ROOT, 'renderer/index.html'),
      relativePath: 'renderer/index.html',
      mimeType: 'text/html; charset=utf-8',
    });
  });

  it('serves scripts and styles with their types and ignores the query and hash', () => {
    const script = resolveAssetPath(ROOT, 'app://purse/assets/ui-1a2b.js?v=1#top');
    expect(script).toMatchObject({ ok: true, mimeType: 'text/javascript; charset=utf-8' });
    expect(resolveAssetPath(ROOT, 'app://purse/assets/ui.css')).toMatchObject({
      ok: true,
      mimeType: 'text/css; charset=utf-8',
    });
  });

  it('decodes ordinary percent-encoding in a file name', () => {
    expect(resolveAssetPath(ROOT, 'app://purse/assets/a%20b.png')).toMatchObject({
      ok: true,
      filePath: resolve(ROOT, 'assets/a b.png'),
    });
  });

  it.each([
    'app://purse/../../etc/passwd.json',
    'app://purse/renderer/../../../etc/passwd.json',
    'app://purse/./renderer/index.html',
  ])('refuses a dot segment: %s', (url) => {
    expect(refused(url)).toBe(true);
  });

  it.each([
    'app://purse/%2e%2e/%2e%2e/etc/passwd.json',
    'app://purse/%2E%2E/secret.json',
    'app://purse/.%2e/secret.json',
    'app://purse/renderer/%2e%2e%2f%2e%2e%2fsecret.json',
    'app://purse/%252e%252e/secret.json',
  ])('refuses an encoded dot or slash: %s', (url) => {
    expect(refused(url)).toBe(true);
  });

  it.each([
    'app://purse//etc/passwd.json',
    'app://purse/%2Fetc%2Fpasswd.json',
    'app://purse/C:/Windows/win.ini.json',
    'app://purse/C%3A%5CWindows%5Cwin.json',
  ])('refuses an absolute path or drive: %s', (url) => {
    expect(refused(url)).toBe(true);
  });

  it.each([
    'app://purse/renderer\\..\\..\\secret.json',
    'app://purse/renderer%5C..%5C..%5Csecret.json',
  ])('refuses backslashes, raw or encoded: %s', (url) => {
    expect(refused(url)).toBe(true);
  });

  it.each(['app://purse/index.html\0.png', 'app://purse/index.html%00.png'])(
    'refuses a null byte, raw or encoded: %s',
    (url) => {
      expect(refused(url)).toBe(true);
    },
  );

  it.each([
    'app://evil/renderer/index.html',
    'app://purse.evil/renderer/index.html',
    'app://user@purse/renderer/index.html',
    'https://purse/renderer/index.html',
    'file:///etc/passwd',
    'app://purse',
    'app://purse/',
  ])('refuses a URL that is not a file of this app: %s', (url) => {
    expect(refused(url)).toBe(true);
  });

  it('refuses malformed percent-encoding', () => {
    expect(refused('app://purse/assets/%E0%A4%A.js')).toBe(true);
  });

  it('refuses a kind of file the app does not serve', () => {
    expect(refused('app://purse/main/index.node')).toBe(true);
    expect(refused('app://purse/assets/ui.js.map')).toBe(true);
    expect(refused('app://purse/LICENSE')).toBe(true);
  });
});
