import type { Page } from '@playwright/test';
import type { Result } from '../../src/shared/result';

export const LAB_URL = `http://127.0.0.1:${process.env.PURSE_LAB_PORT ?? 5318}/`;

/** Opens the lab page and a ledger database of the given name in it. */
export async function openLab(
  page: Page,
  dbName: string,
  options: { dataKey?: readonly number[]; fast?: boolean } = {},
): Promise<void> {
  await page.goto(LAB_URL);
  await page.waitForSelector('body[data-ready="true"]');
  await page.evaluate(([name, opts]) => window.lab.open(name, opts), [dbName, options] as const);
}

/** Calls a contract method through the real gateway in the page. */
export async function call<T = unknown>(page: Page, method: string, input?: unknown): Promise<T> {
  const result = await page.evaluate(([m, i]) => window.lab.call(m, i), [method, input] as const);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

export async function callRaw(
  page: Page,
  method: string,
  input?: unknown,
): Promise<Result<unknown>> {
  return page.evaluate(([m, i]) => window.lab.call(m, i), [method, input] as const);
}
