import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

const root = import.meta.dirname;
const fromRoot = (path: string) => resolve(root, path);

/** The dev:web harness runs the gateway in the page: it must never reach the desktop app. */
function forbidWebHarness(): Plugin {
  return {
    name: 'purse:forbid-web-harness',
    enforce: 'pre',
    load(id) {
      if (id.replaceAll('\\', '/').includes('/src/web-harness/')) {
        this.error(`The web harness must not be part of the Electron build: ${id}`);
      }
    },
  };
}

/**
 * `electron-vite dev` only: a page's own <meta> CSP would block Vite's inline React-refresh
 * preamble. In dev the (dev-relaxed) CSP header from main still applies; builds keep the meta.
 */
function dropMetaCspInDev(): Plugin {
  return {
    name: 'purse:drop-meta-csp-in-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?>/i, '');
    },
  };
}

export default defineConfig({
  main: {
    plugins: [forbidWebHarness()],
    build: {
      rolldownOptions: { input: { index: fromRoot('src/main/index.ts') } },
    },
  },
  preload: {
    plugins: [forbidWebHarness()],
    build: {
      // Sandboxed preloads cannot `require` anything but electron: each one is a single,
      // self-contained CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: {
          index: fromRoot('src/preload/index.ts'),
          'ledger-host': fromRoot('src/preload/ledger-host.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    // The root is src/ so that both pages keep their folders: renderer/…, ledger/….
    root: fromRoot('src'),
    plugins: [react(), forbidWebHarness(), dropMetaCspInDev()],
    build: {
      outDir: fromRoot('out/renderer'),
      rolldownOptions: {
        input: {
          ui: fromRoot('src/renderer/index.html'),
          ledger: fromRoot('src/ledger/host.html'),
        },
      },
    },
  },
});
