import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { addAccount, expectBalance, nav, openPurse } from './support/purse';
import { PIN_TIMEOUT, TEST_PIN, unlock } from './support/security';

function snapshotsCard(page: Page) {
  return page.locator('.ant-card').filter({
    has: page.getByRole('heading', { name: 'Automatic snapshots' }),
  });
}

/**
 * Changes bytes of the ledger as it lies in the browser's IndexedDB: every account row's
 * sealed part is overwritten with other bytes of the same length, as a bad disk would.
 */
async function damageAccountsOnDisk(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('purse-ledger');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const db = opening.result;
          const tx = db.transaction('accounts', 'readwrite');
          const store = tx.objectStore('accounts');
          let changed = 0;
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const row = cursor.result;
            if (!row) return;
            const value = row.value as Record<string, unknown>;
            const sealed = value['$s'] as Uint8Array;
            const garbage = new Uint8Array(sealed.length).map((_, i) => (sealed[i]! ^ 0x5a) & 0xff);
            row.update({ ...value, $s: garbage });
            changed += 1;
            row.continue();
          };
          tx.oncomplete = () => {
            db.close();
            resolve(changed);
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
  );
}

test('Settings lists the automatic snapshots, and a ledger damaged on disk is offered the newest one at start', async ({
  page,
  consoleProblems,
}) => {
  await openPurse(page);
  await addAccount(page, { name: 'Daily wallet', balance: '500.00' });
  await expectBalance(page, 'Daily wallet', 'CN¥500.00');

  await nav(page, 'Settings').click();
  const card = snapshotsCard(page);
  // The day's snapshot was taken in the background when Purse was first used; take one now too.
  await card.getByRole('button', { name: 'Take a snapshot now' }).click();
  const list = card.getByRole('list', { name: 'Automatic snapshots' });
  // The test's wallet and the Purse wallet first run made (put away, at zero).
  await expect(list.getByText(/· 2 accounts · 1 transaction$/)).toBeVisible();
  await expect(list.getByText(/^\d+(\.\d)? kB · /).first()).toBeVisible();

  expect(await damageAccountsOnDisk(page)).toBe(2);
  await page.reload();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Purse’s ledger is damaged' }),
  ).toBeVisible({ timeout: PIN_TIMEOUT });
  const offered = page.locator('.purse-gate__card');
  await expect(offered).toContainText('Accounts2');
  await expect(offered).toContainText('Restoring replaces all your accounts');
  await offered.getByLabel('Payment PIN').fill('000000');
  await offered.getByRole('button', { name: 'Restore this snapshot' }).click();
  await expect(offered.locator('[data-error-code="PIN_WRONG"]')).toBeVisible({
    timeout: PIN_TIMEOUT,
  });

  await offered.getByLabel('Payment PIN').fill(TEST_PIN);
  await offered.getByRole('button', { name: 'Restore this snapshot' }).click();

  await unlock(page);
  await nav(page, 'Home').click();
  await expectBalance(page, 'Daily wallet', 'CN¥500.00');
  await page.reload();
  await unlock(page);
  await expectBalance(page, 'Daily wallet', 'CN¥500.00');

  // While the ledger was damaged, the page's background work (bill reminders) could not read
  // it and said so; that is expected here, and nothing else may have been logged.
  const damaged = /failed its integrity check/;
  expect(consoleProblems.filter((problem) => !damaged.test(problem))).toEqual([]);
  consoleProblems.length = 0;
});
