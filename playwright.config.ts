import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

const WEB_PORT = 5317;

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
      command: 'npx vite --config vite.lab.config.ts',
      url: 'http://127.0.0.1:5318',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
