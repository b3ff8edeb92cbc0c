import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { billRow, billSection, dateIn, openBills, seedBills } from './support/bills';
import { nav, openPurse } from './support/purse';
import { unlock } from './support/security';

/**
 * dev:web runs the bill scheduler in the page (main does it in the app) and shows reminders
 * with the browser's Notification API once the person allows it from the Bills screen. The
 * test's browser has no notification daemon, so the page gets a stand-in that records what
 * would be shown and keeps its permission across reloads, as a browser does.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const shown: { title: string; body: string; onclick: (() => void) | null }[] = [];
    class RecordedNotification {
      static get permission(): NotificationPermission {
        return (
          (sessionStorage.getItem('test:notifications') as NotificationPermission) ?? 'default'
        );
      }
      static requestPermission(): Promise<NotificationPermission> {
        sessionStorage.setItem('test:notifications', 'granted');
        return Promise.resolve('granted');
      }
      onclick: (() => void) | null = null;
      constructor(title: string, options: { body?: string } = {}) {
        const entry = { title, body: options.body ?? '', onclick: null as (() => void) | null };
        shown.push(entry);
        Object.defineProperty(this, 'onclick', {
          set: (handler: (() => void) | null) => {
            entry.onclick = handler;
          },
          get: () => entry.onclick,
        });
      }
      close(): void {}
    }
    Object.defineProperty(window, 'Notification', { value: RecordedNotification });
    Object.defineProperty(window, '__shownNotifications', { value: shown });
  });
});

function shownTitles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (
      (window as unknown as { __shownNotifications: { title: string }[] }).__shownNotifications ??
      []
    ).map((entry) => entry.title),
  );
}

test('reminders come as browser notifications once allowed, and a click opens the bill', async ({
  page,
}) => {
  await openPurse(page);
  await openBills(page);
  // Asked from a click, and only until it is allowed.
  const turnOn = page.getByRole('button', { name: 'Turn on reminders in this browser' });
  await turnOn.click();
  await expect(turnOn).toHaveCount(0);

  // A bill whose reminder time (2 days before, at midnight) has already come.
  const due = dateIn(2);
  await seedBills(page, { name: 'Daily wallet', balance: 100_000 }, [
    {
      name: 'China Mobile',
      billerKind: 'phone',
      amount: 8_800,
      firstDue: due,
      remindDaysBefore: 2,
      remindHour: 0,
    },
  ]);
  // The scheduler runs at start (reminders missed while closed arrive then) and every minute.
  await page.reload();
  await unlock(page);
  await expect.poll(() => shownTitles(page)).toEqual([`China Mobile is due ${due}`]);

  await nav(page, 'Home').click();
  await page.evaluate(() =>
    (
      window as unknown as { __shownNotifications: { onclick: (() => void) | null }[] }
    ).__shownNotifications[0]?.onclick?.(),
  );
  await expect(page.getByRole('heading', { name: 'China Mobile', level: 1 })).toBeVisible();

  // Once only: another start shows nothing again.
  await page.reload();
  await unlock(page);
  await openBills(page);
  await expect(
    billRow(billSection(page, 'Upcoming · next 30 days'), 'China Mobile', due),
  ).toContainText('in 2 days');
  await page.waitForTimeout(500);
  expect(await shownTitles(page)).toEqual([]);
});
