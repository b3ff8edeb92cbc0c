import type { Page } from '@playwright/test';
import type { Scene } from './shot';

/** Waits for the screen's heading and for nothing to be loading, then for animations to end. */
export async function settle(page: Page, pause = 600): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page
    .locator('[aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForTimeout(pause);
}

/** Goes to a screen by its address (`#/bills?view=calendar`), as a link inside Purse does. */
export async function showScreen(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = target;
  }, hash);
  await settle(page);
}

/** Steps that only open a screen. */
export const show =
  (hash: string) =>
  ({ page }: Scene): Promise<void> =>
    showScreen(page, hash);
