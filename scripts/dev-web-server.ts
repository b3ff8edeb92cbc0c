import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

/** Where the screenshot scripts find dev:web (PURSE_WEB_PORT moves it) and put their PNGs. */
export const DEV_WEB_PORT = Number(process.env.PURSE_WEB_PORT ?? 5317);
export const DEV_WEB_ORIGIN = `http://127.0.0.1:${DEV_WEB_PORT}`;
export const SCREENSHOT_DIR = '.tmp/screenshots';

async function isUp(): Promise<boolean> {
  try {
    return (await fetch(DEV_WEB_ORIGIN)).ok;
  } catch {
    return false;
  }
}

/** Reuses a running dev:web, or starts one and waits for it; null when it was already up. */
export async function startDevWeb(): Promise<ChildProcess | null> {
  if (await isUp()) return null;
  const child = spawn(
    'npx',
    ['vite', '--config', 'vite.web.config.ts', '--port', String(DEV_WEB_PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 120; i += 1) {
    if (await isUp()) return child;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`dev:web did not start on ${DEV_WEB_ORIGIN}`);
}

/**
 * Starts dev:web and Chromium, then takes each shot whose file name contains one of the
 * command line's words (every shot when there are none). A shot is tried twice: dev:web
 * reloads the page when a source file changes.
 */
export async function runShots<S extends { readonly file: string }>(
  shots: readonly S[],
  take: (browser: Browser, shot: S) => Promise<void>,
): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const server = await startDevWeb();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const only = process.argv.slice(2);
    for (const shot of shots) {
      if (only.length > 0 && !only.some((name) => shot.file.includes(name))) continue;
      await take(browser, shot).catch((error: unknown) => {
        console.log(`${shot.file}: ${String(error).split('\n')[0]}; trying again`);
        return take(browser, shot);
      });
    }
  } finally {
    await browser.close();
    if (server?.pid) process.kill(-server.pid);
  }
}

/**
 * A fresh context (its own IndexedDB) in the shot's language and colour scheme, and a page
 * that collects console errors and warnings into `problems`.
 */
export async function openShotPage(
  browser: Browser,
  options: { readonly language: string; readonly dark?: boolean; readonly width?: number },
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    locale: options.language,
    colorScheme: options.dark ? 'dark' : 'light',
    viewport: { width: options.width ?? 1280, height: 900 },
    timezoneId: 'Asia/Shanghai',
  });
  // tsx compiles with keepNames, so functions passed to page.evaluate call esbuild's __name.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}
