import { describe, expect, it } from 'vitest';
import { LEDGER_CSP, UI_CSP, ledgerCsp, uiCsp } from '../../../../src/main/security/csp';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('security.csp', () => {
  it('gives the UI exactly the agreed policy', () => {
    expect(Object.fromEntries(directives(UI_CSP))).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'none'"],
      'base-uri': ["'none'"],
      'object-src': ["'none'"],
    });
  });

  it('never allows eval or inline script in a built app', () => {
    for (const csp of [UI_CSP, LEDGER_CSP]) {
      expect(directives(csp).get('script-src')).toEqual(["'self'"]);
      expect(csp).not.toContain('unsafe-eval');
    }
  });

  it('gives the ledger host no styles, images, fonts or connections at all', () => {
    const ledger = directives(LEDGER_CSP);
    expect(ledger.get('default-src')).toEqual(["'none'"]);
    for (const name of ['style-src', 'img-src', 'font-src', 'connect-src']) {
      expect(ledger.has(name)).toBe(false);
    }
  });

  it('opens the dev server (script and socket) only when one is given', () => {
    expect(uiCsp()).toBe(UI_CSP);
    expect(ledgerCsp()).toBe(LEDGER_CSP);
    const dev = directives(uiCsp('http://localhost:5173'));
    expect(dev.get('connect-src')).toEqual([
      "'self'",
      'http://localhost:5173',
      'ws://localhost:5173',
    ]);
    expect(dev.get('script-src')).toContain('http://localhost:5173');
  });
});
