import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

// Fixed loopback ports; PURSE_WEB_PORT / PURSE_LAB_PORT move them when something else has them.
const WEB_PORT = Number(process.env.PURSE_WEB_PORT ?? 5317);
const LAB_PORT = Number(process.env.PURSE_LAB_PORT ?? 5318);

export default defineConfig({
  testDir: 'test',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
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
      command: `npx vite --config vite.web.config.ts --port ${WEB_PORT} --strictPort`,
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
