import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import type { Account, Category, InvariantReport } from '../../src/shared/domain';
import { LAB_URL, call, callRaw, openLab } from './lab-page';

const TZ = 'Asia/Shanghai';

async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const out: Record<string, number> = {};
    for (const table of window.lab.db().tables) out[table.name] = await table.count();
    return out;
  });
}

let profile: string;
let page: Page;
let close: () => Promise<void>;

test.beforeEach(async () => {
  // A real profile on disk: quota is counted against the IndexedDB files there.
  profile = mkdtempSync(join(tmpdir(), 'purse-quota-'));
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
  page = await context.newPage();
  close = () => context.close();
});

test.afterEach(async () => {
  await close();
  rmSync(profile, { recursive: true, force: true });
});

test('a full disk answers STORAGE_FULL, writes nothing, and the ledger stays readable', async () => {
  test.setTimeout(90_000);
  // A small quota for the origin, set before anything opens IndexedDB there (Chromium reads
  // a bucket's quota when the database first opens).
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(LAB_URL).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 4 * 1024 * 1024 });
  await openLab(page, `storage-full-${Date.now()}`);
  const wallet = await call<Account>(page, 'accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 100_000_000,
  });
  const [food] = await call<Category[]>(page, 'categories.list', { kind: 'expense' });
  const record = (memo: string) =>
    callRaw(page, 'transactions.record', {
      kind: 'expense',
      accountId: wallet.id,
      categoryId: food!.id,
      amount: 100,
      occurredAt: Date.now(),
      timeZone: TZ,
      memo,
    });

  for (const memo of ['before 1', 'before 2']) expect((await record(memo)).ok).toBe(true);
  // Something else fills the disk: another database of the same origin takes the room left,
  // in chunks that shrink each time one no longer fits.
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('disk-filler', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('junk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('The filler database did not open'));
    });
    const put = (key: number, bytes: number) =>
      new Promise<boolean>((resolve) => {
        const tx = db.transaction('junk', 'readwrite');
        // Random bytes, so that compression cannot make them smaller.
        const junk = new Uint8Array(bytes);
        for (let at = 0; at < bytes; at += 65_536)
          crypto.getRandomValues(junk.subarray(at, Math.min(bytes, at + 65_536)));
        tx.objectStore('junk').put(junk, key);
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
      });
    let key = 0;
    for (let size = 1 << 18; size >= 1_024;) {
      if (!(await put(key++, size))) size >>= 2;
    }
    db.close();
  });

  // Write until the disk refuses, in the page (one round trip), counting rows around each call.
  const { accepted, refusal, ...rows } = await page.evaluate(
    async ([accountId, categoryId]) => {
      const tableCounts = async () => {
        const out: Record<string, number> = {};
        for (const table of window.lab.db().tables) out[table.name] = await table.count();
        return out;
      };
      for (let i = 0; i < 5_000; i += 1) {
        const rows = await tableCounts();
        const result = await window.lab.call('transactions.record', {
          kind: 'expense',
          accountId,
          categoryId,
          amount: 100,
          occurredAt: Date.now(),
          timeZone: 'Asia/Shanghai',
          memo: `${i} ${'费用说明 memo '.repeat(14)}`.slice(0, 200),
        });
        if (!result.ok)
          return { accepted: i, refusal: result.error, before: rows, after: await tableCounts() };
      }
      return { accepted: 5_000, refusal: undefined, before: {}, after: {} };
    },
    [wallet.id, food!.id] as const,
  );
  // The refused write left nothing behind: no transaction, posting or aggregate.
  expect(rows.after).toEqual(rows.before);
  expect(accepted).toBeLessThan(5_000);
  expect(refusal?.code).toBe('STORAGE_FULL');
  expect(refusal?.message).not.toMatch(/quota|DOMException|at \w+ \(/i);

  // Reads still work, and what was written adds up.
  const [stillThere] = await call<Account[]>(page, 'accounts.list', {});
  expect(stillThere!.balance).toBe(100_000_000 - (accepted + 2) * 100);
  const report = await call<InvariantReport>(page, 'ledger.verify', {});
  expect(report.problems).toEqual([]);
  expect(report.checked.transactions).toBe(accepted + 3);

  // Many rows in one transaction fail together, not in part.
  const before = await counts(page);
  const bulk = await page.evaluate(
    async ([accountId, categoryId]) => {
      try {
        await window.lab.crash.inOneTransaction(async () => {
          for (let i = 0; i < 200; i += 1)
            await window.lab.api()['transactions.record']({
              kind: 'expense',
              accountId,
              categoryId,
              amount: 1,
              occurredAt: Date.now(),
              timeZone: 'Asia/Shanghai',
              memo: 'x'.repeat(200),
            });
        });
        return 'written';
      } catch (error) {
        return (error as { name?: string }).name ?? 'error';
      }
    },
    [wallet.id, food!.id] as const,
  );
  expect(bulk).not.toBe('written');
  expect(await counts(page)).toEqual(before);

  // Once the other data is gone there is room again, and the same write goes through.
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('disk-filler');
        request.onsuccess = resolve;
        request.onerror = reject;
      }),
  );
  const retried = await record('after freeing space');
  expect(retried.ok).toBe(true);
});
