import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { respondToAppRequest, serveApp } from '../../../../src/main/protocol/serve-app';
import { UI_CSP } from '../../../../src/main/security/csp';

vi.mock('electron', () => ({ protocol: {} }));

const ROOT = resolve('/opt/purse/out/renderer');
const options = { root: ROOT, csp: UI_CSP, pages: ['renderer/index.html'] };

function get(url: string) {
  return { method: 'GET', url };
}

describe('protocol.serveApp', () => {
  it('registers a handler for the app scheme on the session it is given', () => {
    const handle = vi.fn();
    serveApp({ handle }, options);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('answers a page with its body, its type, the CSP and nosniff', async () => {
    const read = vi.fn(() => Promise.resolve(new TextEncoder().encode('<p>hi</p>')));
    const response = await respondToAppRequest(
      get('app://purse/renderer/index.html'),
      options,
      read,
    );
    expect(response.status).toBe(200);
    expect(read).toHaveBeenCalledWith(resolve(ROOT, 'renderer/index.html'));
    expect(await response.text()).toBe('<p>hi</p>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(UI_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 to a path traversal without touching the disk', async () => {
    const read = vi.fn(() => Promise.resolve(new Uint8Array()));
    const response = await respondToAppRequest(
      get('app://purse/%2e%2e/%2e%2e/etc/passwd.json'),
      options,
      read,
    );
    expect(response.status).toBe(404);
    expect(read).not.toHaveBeenCalled();
  });

  it('answers 404 to a page that this session may not load', async () => {
    const read = vi.fn(() => Promise.resolve(new Uint8Array()));
    const response = await respondToAppRequest(get('app://purse/ledger/host.html'), options, read);
    expect(response.status).toBe(404);
    expect(read).not.toHaveBeenCalled();
  });

  it('answers 404 to a file that does not exist', async () => {
    const read = vi.fn(() => Promise.reject(new Error('ENOENT')));
    const response = await respondToAppRequest(get('app://purse/assets/missing.js'), options, read);
    expect(response.status).toBe(404);
  });

  it('refuses any method but GET and HEAD', async () => {
    const response = await respondToAppRequest(
      { method: 'POST', url: 'app://purse/renderer/index.html' },
      options,
    );
    expect(response.status).toBe(405);
  });
});
