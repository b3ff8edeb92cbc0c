import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The ledger lab: a page with no UI that exposes the ledger engine and the gateway to
 * Playwright, for the browser test layer (real IndexedDB) and `npm run bench`.
 */
export default defineConfig({
  root: resolve(import.meta.dirname, 'test/browser/lab'),
  // Its own dependency cache: Playwright starts this and dev:web together, and one shared
  // cache made each re-optimize the other's deps mid-test ("504 Outdated Optimize Dep").
  cacheDir: resolve(import.meta.dirname, 'node_modules/.vite-lab'),
  server: { host: '127.0.0.1', port: 5318, strictPort: true, fs: { allow: [import.meta.dirname] } },
  logLevel: 'warn',
});
