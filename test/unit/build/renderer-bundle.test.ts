import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../src/main/protocol/app-scheme';
import { CLIPBOARD_WRITE, permits } from '../../../src/main/security/permissions';

vi.mock('electron', () => ({ protocol: {} }));

const root = join(import.meta.dirname, '..', '..', '..');
const assets = join(root, 'out', 'renderer', 'assets');

/**
 * Browser features whose permission the app's sessions refuse, or that save a file by
 * themselves (the sessions cancel every download). None may be in the built pages: in the
 * app they would fail silently.
 */
const REFUSED: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'a download through <a download>', pattern: /\.download\s*=(?!=)/ },
  { what: 'a download link in JSX', pattern: /jsxs?\(\s*"a",\s*\{[^}]*\bdownload\s*:/ },
  { what: 'page notifications', pattern: /Notification\.requestPermission|new Notification\(/ },
  { what: 'clipboard reads', pattern: /clipboard\.read(?:Text)?\s*\(/ },
  { what: 'camera, microphone or screen', pattern: /getUserMedia|getDisplayMedia/ },
  { what: 'location', pattern: /navigator\.geolocation/ },
  { what: 'devices', pattern: /navigator\.(?:usb|hid|serial|bluetooth)\b|requestMIDIAccess/ },
  { what: 'file system pickers', pattern: /show(?:Save|Open)FilePicker|showDirectoryPicker/ },
];

let bundles: { readonly name: string; readonly code: string }[] = [];

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules', '.bin', 'electron-vite'), 'build'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  bundles = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(join(assets, name), 'utf8') }));
}, 180_000);

describe('the built pages in out/ (electron-vite build)', () => {
  it('hold the UI and the ledger host', () => {
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    expect(bundles.some(({ code }) => code.includes('purse-rpc/open'))).toBe(true);
  });

  it.each(REFUSED)('never need $what, which the app refuses', ({ pattern }) => {
    const found = bundles.filter(({ code }) => pattern.test(code)).map(({ name }) => name);
    expect(found).toEqual([]);
  });

  it('write to the clipboard only in a way the UI session grants to its own main frame', () => {
    const writes = bundles.filter(({ code }) => /navigator\.clipboard\.write/.test(code));
    expect(writes.length).toBeGreaterThan(0);
    const policy = { clipboardOrigins: [APP_ORIGIN] };
    expect(
      permits(policy, CLIPBOARD_WRITE, {
        isMainFrame: true,
        requestingUrl: `${APP_ORIGIN}/renderer/index.html`,
      }),
    ).toBe(true);
  });

  it('leave the dev:web harness out', () => {
    for (const { code } of bundles) {
      expect(code).not.toContain('BrowserReminders');
      expect(code).not.toContain('dev:web could not open the ledger');
    }
  });
});
