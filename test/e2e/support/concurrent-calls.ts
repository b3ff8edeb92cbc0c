import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Result } from '../../../src/shared/result';
import { watchConsole } from './console-problems';

/** One window.purse call, by method name (`payments.create`) and input. */
export interface PurseCall {
  readonly method: string;
  readonly input: unknown;
}

/** How the calls are sent: all at once (`Promise.all`), or each after the last answered. */
export type Sending = 'together' | 'one after another';

/** What a person would notice of an answer: `ok`, or the refusal's code and its reasons. */
export type Outcome = string;

interface InPage {
  readonly calls: readonly PurseCall[];
  readonly together: boolean;
}

type PurseInPage = Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>;

/** Runs in the page: sends the calls through window.purse and names each answer. */
async function sendInPage({ calls, together }: InPage): Promise<string[]> {
  const purse = (globalThis as unknown as { purse: PurseInPage }).purse;
  const send = (call: PurseCall) => {
    const [domain = '', verb = ''] = call.method.split('.');
    return purse[domain]![verb]!(call.input);
  };
  const results: Result<unknown>[] = [];
  if (together) results.push(...(await Promise.all(calls.map(send))));
  else for (const call of calls) results.push(await send(call));
  return results.map((result) => {
    if (result.ok) return 'ok';
    const reasons = result.error.details?.['reasons'];
    return reasons === undefined ? result.error.code : `${result.error.code} (${String(reasons)})`;
  });
}

/** Sends the calls from the page, together or one after another; returns their outcomes in order. */
export function send(
  page: Page,
  calls: readonly PurseCall[],
  sending: Sending,
): Promise<Outcome[]> {
  return page.evaluate(sendInPage, { calls, together: sending === 'together' });
}

/** How many times each outcome came back: what must not depend on how the calls were sent. */
export function tally(outcomes: readonly Outcome[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = {};
  for (const outcome of [...outcomes].sort()) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

/** Opens dev:web in `page` and waits until window.purse is there. */
export async function openHarness(page: Page): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(() => 'purse' in globalThis, undefined, { timeout: 30_000 });
}

/**
 * A second, fresh browser profile (own IndexedDB, own secrets) with the project's base URL,
 * locale and time zone, for the same calls sent the other way. Its console is watched like
 * the test's own page.
 */
export async function freshProfile(
  browser: Browser,
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { baseURL, locale, timezoneId } = test.info().project.use;
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    ...(locale ? { locale } : {}),
    ...(timezoneId ? { timezoneId } : {}),
  });
  const page = await context.newPage();
  const problems = watchConsole(page);
  return {
    page,
    close: async () => {
      await context.close();
      expect(problems, 'the second profile logged errors or warnings').toEqual([]);
    },
  };
}
