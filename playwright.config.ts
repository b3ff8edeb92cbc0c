import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

// Fixed loopback ports; PURSE_WEB_PORT / PURSE_LAB_PORT move them when something else has them.
const WEB_PORT = Number(process.env.PURSE_WEB_PORT ?? 5317);
const LAB_PORT = Number(process.env.PURSE_LAB_PORT ?? 5318);
// CI serves the harness built (one bundle per page load instead of hundreds of dev modules);
// locally the dev server is reused, with hot reload. PURSE_E2E_SERVER=build|dev overrides.
const BUILT = (process.env.PURSE_E2E_SERVER ?? (process.env.CI ? 'build' : 'dev')) === 'build';
const WEB_COMMAND = BUILT
  ? `npx vite build --config vite.web.config.ts --logLevel warn && npx vite preview --config vite.web.config.ts --port ${WEB_PORT} --strictPort`
  : `npx vite --config vite.web.config.ts --port ${WEB_PORT} --strictPort`;

export default defineConfig({
  testDir: 'test',
  timeout: 60_000,
  fullyParallel: false,
  // Each test has its own context (own IndexedDB); CI's two cores take two at a time.
  workers: process.env.CI ? 2 : 1,
  // One retry in CI; a test that passes only on retry is reported as flaky in the summary.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}`,
    launchOptions: chromiumLaunchOptions(),
    locale: 'en-US',
    timezoneId: 'Asia/Shanghai',
  },
  projects: [
    { name: 'browser', testMatch: 'browser/**/*.spec.ts' },
    { name: 'e2e', testMatch: 'e2e/**/*.spec.ts' },
  ],
  webServer: [
    {
      command: WEB_COMMAND,
      url: `http://127.0.0.1:${WEB_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx vite --config vite.lab.config.ts --port ${LAB_PORT} --strictPort`,
      url: `http://127.0.0.1:${LAB_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
