import type { Browser, Page } from '@playwright/test';
import { watchConsole } from '../../test/e2e/support/console-problems';
import { openPurse } from '../../test/e2e/support/purse';
import { TIME_ZONE, purseIn } from '../../test/e2e/support/purse-calls';
import { restart } from '../../test/e2e/support/security';
import { uiText } from '../../test/e2e/support/ui-text';
import { DEV_WEB_ORIGIN } from './dev-web';
import { fileName, type Shot } from './shot';

export const SCREENSHOT_DIR = '.tmp/screenshots';

export interface TakenShot {
  readonly files: readonly string[];
  /** Errors and warnings the page logged on the way. */
  readonly problems: readonly string[];
}

async function begin(page: Page, shot: Shot): Promise<void> {
  if (shot.start === 'first-run') {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    return;
  }
  await openPurse(page);
  if (shot.start === 'set-up') return;
  await shot.start(purseIn(page), shot.language);
  // The seed went round the UI's cache: start afresh, as after a restart.
  await restart(page);
}

/** Takes one shot in a browser context of its own (so a fresh IndexedDB and ledger). */
export async function takeShot(browser: Browser, shot: Shot): Promise<TakenShot> {
  const context = await browser.newContext({
    baseURL: DEV_WEB_ORIGIN,
    locale: shot.language,
    colorScheme: shot.dark ? 'dark' : 'light',
    viewport: { width: shot.width ?? 1280, height: 900 },
    timezoneId: TIME_ZONE,
  });
  // tsx compiles with keepNames, so functions passed to page.evaluate call esbuild's __name.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  try {
    const page = await context.newPage();
    const problems = watchConsole(page);
    const files: string[] = [];
    const snap = async (name: string) => {
      const path = `${SCREENSHOT_DIR}/${fileName(shot, name)}`;
      // A whole page is taken from the top, where the sticky sidebar belongs.
      if (!shot.windowOnly) await page.evaluate('window.scrollTo(0, 0)');
      await page.screenshot({ path, fullPage: !shot.windowOnly });
      files.push(path);
    };
    await begin(page, shot);
    await shot.steps({
      page,
      language: shot.language,
      t: (key, values) => uiText(shot.language, key, values),
      snap,
    });
    if (files.length === 0) await snap(shot.name);
    return { files, problems };
  } finally {
    await context.close();
  }
}
