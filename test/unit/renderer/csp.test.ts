import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withAppHead } from '../../../scripts/app-head';
import { UI_CSP } from '../../../src/main/security/csp';

const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');

function metaCsp(file: string, html = read(file)): string {
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error(`${file} has no CSP meta tag`);
  return match[1];
}

function directives(csp: string): Record<string, string> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources.join(' ')]),
  );
}

describe('the UI page CSP', () => {
  it('in the page matches the header main sends (less frame-ancestors, which meta cannot carry)', () => {
    const header = directives(UI_CSP);
    delete header['frame-ancestors'];
    expect(directives(metaCsp('src/renderer/index.html'))).toEqual(header);
  });

  it('is the same in dev:web, so the e2e tests run under it', () => {
    const harness = withAppHead(
      read('src/web-harness/index.html'),
      read('src/renderer/index.html'),
    );
    expect(metaCsp('src/web-harness/index.html', harness)).toBe(metaCsp('src/renderer/index.html'));
  });

  it('allows inline styles (antd CSS-in-JS) but no inline or eval script', () => {
    const csp = directives(metaCsp('src/renderer/index.html'));
    expect(csp['style-src']).toBe("'self' 'unsafe-inline'");
    expect(csp['script-src']).toBe("'self'");
    expect(csp['default-src']).toBe("'none'");
  });
});
