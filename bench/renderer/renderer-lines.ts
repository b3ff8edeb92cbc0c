import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { build as viteBuild, preview } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { DATA_KEY_SECRET } from '../../src/gateway/security/data-key';
import { setUpPin, TEST_PIN } from '../../test/e2e/support/security';
import { traceMainThread, type MainThreadReport } from './main-thread-trace';

/** The built UI's lines at one ledger size. */
export interface RendererLines {
  /** From the lock screen leaving to Home showing its figures, with the thread free. */
  readonly unlockToHomeMs: number;
  /** From the PIN typed to the same moment (dev:web checks the PIN in the page). */
  readonly pinToHomeMs: number;
  /** The main thread from the lock screen leaving to Home interactive. */
  readonly home: MainThreadReport;
  /** History scrolled fast over the big ledger, and how many rows it went down. */
  readonly scroll: MainThreadReport & { readonly rowsScrolled: number };
}

/** A fast scroll with the mouse wheel: 5,000 px/s for 15 s (about 1,100 rows). */
const SCROLL_SPEED = 5_000;
const SCROLL_PX = 75_000;
const SECRET_PREFIX = 'purse-dev-web:secret:';

/** The production build of the UI (as dev:web runs it) and the lab page under `/lab/`. */
export async function buildRendererSite(outDir: string, minify = true): Promise<void> {
  await viteBuild({
    configFile: 'vite.web.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify },
  });
  await viteBuild({
    configFile: 'vite.lab.config.ts',
    logLevel: 'warn',
    base: '/lab/',
    build: { outDir: join(outDir, 'lab'), emptyOutDir: true, minify: false },
  });
}

/**
 * Watches the page for the lock screen to leave and Home to show its figures, and resolves
 * `window.benchHome` with both instants (performance.now) once the main thread has also
 * answered a frame and a task after that: Home is then on screen and ready for input. A
 * string, so that the bench's transpiler adds nothing the page lacks.
 */
const HOME_WATCH = `(() => {
  const marks = { pin: performance.now() };
  window.benchHome = new Promise((resolve) => {
    const locked = () =>
      [...document.querySelectorAll('h1')].some((h) =>
        /^(Purse is locked|Purse 已锁定)$/.test(h.textContent ?? ''));
    const homeShown = () =>
      !!document.querySelector('.purse-stack') &&
      !document.querySelector('[role="status"][aria-busy="true"]');
    const observer = new MutationObserver(() => {
      if (marks.unlocked === undefined && !locked()) marks.unlocked = performance.now();
      if (marks.unlocked === undefined || marks.home !== undefined || !homeShown()) return;
      marks.home = -1;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          marks.home = performance.now();
          resolve(marks);
        }, 0));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
})()`;

async function unlockToHome(page: Page): Promise<Omit<RendererLines, 'scroll'>> {
  await page.getByRole('heading', { level: 1, name: /^(Purse is locked|Purse 已锁定)$/ }).waitFor({
    timeout: 60_000,
  });
  await page.evaluate(HOME_WATCH);
  const [marks, home] = await traceMainThread(page, async () => {
    await page.getByLabel(/^(Payment PIN|支付密码)$/).fill(TEST_PIN);
    return page.evaluate<{ pin: number; unlocked: number; home: number }>('window.benchHome');
  });
  return {
    unlockToHomeMs: marks.home - marks.unlocked,
    pinToHomeMs: marks.home - marks.pin,
    home,
  };
}

/** The virtual list's offset (its inner box's translateY) over a row's height. */
const ROWS_SCROLLED = `(() => {
  const inner = document.querySelector('[class*="virtual-holder-inner"]');
  const row = document.querySelector('.ant-table-row');
  const offset = inner ? new DOMMatrixReadOnly(getComputedStyle(inner).transform).m42 : 0;
  return row ? Math.round(Math.abs(offset) / row.offsetHeight) : 0;
})()`;

/** A CPU profile of `work` written to `file` (for finding what a long task is). */
async function profiled<T>(
  page: Page,
  file: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (!file) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    await cdp.detach();
  }
}

async function scrollHistory(page: Page, profile?: string): Promise<RendererLines['scroll']> {
  await page.goto(`${new URL(page.url()).origin}/#/history`);
  const body = page.locator('.ant-table-tbody-virtual-holder, .ant-table-body').first();
  await body.waitFor({ timeout: 60_000 });
  await page.locator('.ant-table-row').first().waitFor({ timeout: 60_000 });
  const box = await body.boundingBox();
  if (!box) throw new Error('History has no table on screen');
  // Chromium's own scroll synthesis (what its scrolling benchmarks use): wheel ticks
  // through the real input pipeline at a steady speed, answered when the gesture ends.
  const cdp = await page.context().newCDPSession(page);
  const [, report] = await traceMainThread(page, () =>
    profiled(page, profile, () =>
      cdp.send('Input.synthesizeScrollGesture', {
        x: Math.round(box.x + box.width / 2),
        y: Math.round(box.y + box.height / 2),
        yDistance: -SCROLL_PX,
        speed: SCROLL_SPEED,
        gestureSourceType: 'mouse',
      }),
    ),
  );
  await cdp.detach();
  // How far down the list the wheel went, in rows (the virtual list moves its rows with a
  // transform rather than scrolling a box).
  const rowsScrolled = await page.evaluate<number>(ROWS_SCROLLED);
  return { ...report, rowsScrolled };
}

/**
 * The built UI over a ledger of `size` transactions: first run through the UI, the ledger
 * written into its database by the lab page of the same origin, then a restart: unlock to
 * an interactive Home, and History scrolled, each under a DevTools trace.
 */
export async function rendererLines(options: {
  readonly size: number;
  readonly seed: number;
  readonly port: number;
  readonly scratch: string;
  readonly log: (line: string) => void;
  /** Where to write a CPU profile of the scroll, when asked. */
  readonly profileScroll?: string;
}): Promise<RendererLines> {
  const { size, seed, port, scratch, log } = options;
  const site = resolve(scratch, 'renderer-dist');
  // Unminified only when profiling, so that the profile names functions.
  await buildRendererSite(site, !options.profileScroll);
  const server = await preview({
    configFile: 'vite.web.config.ts',
    build: { outDir: site },
    preview: { host: '127.0.0.1', port, strictPort: true },
    logLevel: 'warn',
  });
  const profile = mkdtempSync(join(tmpdir(), 'purse-renderer-'));
  let browser: BrowserContext | undefined;
  try {
    browser = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions(),
      baseURL: `http://127.0.0.1:${port}`,
      viewport: { width: 1280, height: 860 },
    });
    const first = await browser.newPage();
    await first.goto('/');
    await setUpPin(first);
    const key = await first.evaluate(
      (name) => localStorage.getItem(name),
      SECRET_PREFIX + DATA_KEY_SECRET,
    );
    if (!key) throw new Error('first run kept no data key');
    await first.close();

    log(`${size} renderer: writing the ledger into the UI's database`);
    const lab = await browser.newPage();
    await lab.goto('/lab/');
    await lab.waitForSelector('body[data-ready="true"]');
    const built = await lab.evaluate(([k, n, s]) => window.lab.bench.fillAppLedger(k, n, s), [
      key,
      size,
      seed,
    ] as const);
    if (!built.verifyOk)
      throw new Error(`the UI's ledger failed verify: ${built.problems.join('; ')}`);
    await lab.close();

    const app = await browser.newPage();
    await app.goto('/');
    const home = await unlockToHome(app);
    log(`${size} renderer: Home interactive ${Math.round(home.unlockToHomeMs)} ms after unlock`);
    const scroll = await scrollHistory(app, options.profileScroll);
    log(`${size} renderer: History scrolled, longest task ${Math.round(scroll.longestTaskMs)} ms`);
    return { ...home, scroll };
  } finally {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}
