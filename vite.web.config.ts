import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { appHead } from './scripts/app-head';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const pkg = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };

/**
 * `npm run dev:web`: the renderer in a browser, with the gateway and the ledger engine in the
 * page. A development and e2e harness only; the Electron build never includes it.
 */
export default defineConfig({
  root: here('./src/web-harness'),
  plugins: [react(), appHead(here('./src/renderer/index.html'))],
  define: {
    __PURSE_VERSION__: JSON.stringify(pkg.version),
  },
  server: {
    host: '127.0.0.1',
    port: 5317,
    strictPort: true,
    fs: {
      strict: true,
      allow: [
        here('./src/web-harness'),
        here('./src/renderer'),
        here('./src/shared'),
        here('./src/ledger'),
        here('./src/gateway'),
        here('./node_modules'),
      ],
    },
  },
  preview: { host: '127.0.0.1', port: 5317, strictPort: true },
  build: {
    outDir: here('./dist-web'),
    emptyOutDir: true,
  },
});
