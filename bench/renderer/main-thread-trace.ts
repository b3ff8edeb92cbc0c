import type { CDPSession, Page } from '@playwright/test';
import { percentile } from '../stats';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

/** What the renderer's main thread did while a piece of work ran, from a DevTools trace. */
export interface MainThreadReport {
  /** Tasks on the page's main thread longer than 50 ms (Chromium's long-task line). */
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** Times between frames drawn, in ms. */
  readonly frames: number;
  readonly frameP50Ms: number;
  readonly frameP95Ms: number;
  readonly frameMaxMs: number;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
];
const LONG_TASK_US = 50_000;

/** The renderer main threads' tasks and the frames drawn, out of a trace's events. */
export function mainThreadReport(events: readonly TraceEvent[]): MainThreadReport {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`),
  );
  const long = tasks.filter((e) => (e.dur ?? 0) > LONG_TASK_US);
  const drawn = events
    .filter((e) => e.name === 'DrawFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const gaps = drawn.slice(1).map((ts, i) => (ts - drawn[i]!) / 1000);
  return {
    longTasks: long.length,
    longestTaskMs: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
    frames: drawn.length,
    frameP50Ms: gaps.length ? percentile(gaps, 50) : 0,
    frameP95Ms: gaps.length ? percentile(gaps, 95) : 0,
    frameMaxMs: Math.max(0, ...gaps),
  };
}

/** Runs `work` under a DevTools-protocol trace of the page and reports its main thread. */
export async function traceMainThread<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<[T, MainThreadReport]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    const result = await work();
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.end');
    await complete;
    return [result, mainThreadReport(events)];
  } finally {
    await cdp.detach();
  }
}
