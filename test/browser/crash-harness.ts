import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import type { InvariantReport } from '../../src/shared/domain';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium';
import { call, openLab } from './lab-page';

/** A Chromium we started ourselves, so that we can kill it like a power cut. */
interface RunningChromium {
  readonly page: Page;
  /** Closes cleanly (everything flushed), as a person quitting would. */
  close(): Promise<void>;
  /** SIGKILL to every Chromium process at once: no unload, no flush, no goodbye. */
  kill(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function launch(profile: string): Promise<RunningChromium> {
  const executable = findChromium();
  if (!executable) throw new Error('No Chromium: set CHROMIUM_PATH or install chromium');
  const child = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    // Its own process group, so that the kill reaches the renderer and storage processes too.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.once('exit', () => reject(new Error(`Chromium exited: ${text}`)));
  });
  const browser: Browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      const session = await browser.newBrowserCDPSession();
      await session.send('Browser.close').catch(() => undefined);
      await exited(child);
    },
    async kill() {
      process.kill(-child.pid!, 'SIGKILL');
      await exited(child);
      await browser.close().catch(() => undefined);
    },
  };
}

export interface Progress {
  readonly writes: number;
  readonly acked: number;
  readonly state: 'idle' | 'running' | 'done' | 'failed';
  readonly error: string;
}

/**
 * One operation to interrupt. `prepare` builds the state before it (in a browser that then
 * closes cleanly), `start` sets the operation going in the page with `lab.crash.start` and
 * returns at once, `writes` is about how many rows it writes when it runs to the end, and
 * `check` looks at the reopened ledger: it must hold the operation whole or not at all.
 */
export interface CrashCase<C> {
  readonly name: string;
  readonly writes: number;
  prepare(page: Page): Promise<C>;
  start(page: Page, context: C): Promise<void>;
  check(page: Page, context: C, seen: Progress): Promise<void>;
}

export interface CrashOutcome {
  readonly killedAt: Progress;
  readonly target: number;
}

async function progressOf(page: Page): Promise<Progress> {
  return page.evaluate(() => window.lab.crash.progress());
}

/**
 * Operation → SIGKILL at a random moment while it writes → reopen the same profile → the
 * invariants hold and the case's own check passes.
 */
export async function crashTest<C>(
  crashCase: CrashCase<C>,
  random = Math.random,
): Promise<CrashOutcome> {
  const profile = mkdtempSync(join(tmpdir(), 'purse-crash-'));
  const db = `crash-${crashCase.name}`;
  const options = { dataKey: [...randomBytes(32)], fast: true };
  try {
    const first = await launch(profile);
    await openLab(first.page, db, options);
    const context = await crashCase.prepare(first.page);
    await first.close();

    const second = await launch(profile);
    await openLab(second.page, db, options);
    const target = 1 + Math.floor(random() * crashCase.writes);
    await crashCase.start(second.page, context);
    let seen = await progressOf(second.page);
    while (seen.state === 'running' && seen.writes < target) seen = await progressOf(second.page);
    await second.kill();

    const third = await launch(profile);
    await openLab(third.page, db, options);
    const report = await call<InvariantReport>(third.page, 'ledger.verify', {});
    expect(report.problems).toEqual([]);
    await crashCase.check(third.page, context, seen);
    await third.close();
    return { killedAt: seen, target };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
