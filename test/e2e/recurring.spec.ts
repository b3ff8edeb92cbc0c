import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { billRow, billSection, typeDate } from './support/bills';
import {
  accountRow,
  addAccount,
  choose,
  nav,
  openPurse,
  putAwayPurseWallet,
} from './support/purse';
import { TIME_ZONE } from './support/purse-calls';
import { unlock } from './support/security';

/** A moment in Shanghai, where the browser is (playwright.config.ts). */
const at = (local: string) => new Date(`${local}+08:00`);

/** From the Bills screen: a recurring transaction of `kind`, filled in and saved. */
async function addSchedule(
  page: Page,
  schedule: {
    kind: string;
    name: string;
    category?: string;
    amount: string;
    firstDue: string;
    postsOnItsOwn?: boolean;
  },
) {
  await page.getByRole('button', { name: 'Add a recurring transaction' }).click();
  await expect(
    page.getByRole('heading', { name: 'Add a recurring transaction', level: 1 }),
  ).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'What it is' })
    .getByText(schedule.kind, { exact: true })
    .click();
  await page.getByLabel('Name', { exact: true }).fill(schedule.name);
  await choose(page, page, schedule.kind === 'Income' ? 'Into' : 'From', 'Wallet');
  if (schedule.category) await choose(page, page, 'Category', schedule.category);
  await page.getByLabel('Amount each time').fill(schedule.amount);
  await typeDate(page, 'First due date', schedule.firstDue);
  if (schedule.postsOnItsOwn) await page.getByRole('switch', { name: 'Post on its own' }).click();
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByText(`“${schedule.name}” added`)).toBeVisible();
}

test('salary posts on its own and rent waits: a month later the inbox says so, rent is posted from it, and the forecast starts from the result', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: at('2026-11-20T10:00:00') });
  await openPurse(page);
  await addAccount(page, { name: 'Wallet', balance: '1,000' });
  await putAwayPurseWallet(page);

  await nav(page, /^Bills/).click();
  await addSchedule(page, {
    kind: 'Income',
    name: 'Salary',
    amount: '8000',
    firstDue: '2026-11-25',
    postsOnItsOwn: true,
  });
  await addSchedule(page, {
    kind: 'Expense',
    name: 'Rent',
    category: 'Housing',
    amount: '3000',
    firstDue: '2026-12-01',
  });
  await expect(billRow(billSection(page, 'All bills'), 'Salary')).toContainText('Posts on its own');

  // A month later, Purse is started again: the salary of 25 November and 25 December is
  // posted on its own, once each; the rent of 1 December waits.
  await page.clock.setSystemTime(at('2026-12-26T10:00:00'));
  await page.reload();
  await unlock(page);
  const inbox = nav(page, /^Inbox/);
  await expect(inbox).toHaveAccessibleName('Inbox 3 unread', { timeout: 15_000 });
  await inbox.click();
  const entries = page.getByRole('list', { name: 'Inbox entries' }).getByRole('listitem');
  await expect(entries.getByRole('heading', { level: 2 })).toContainText([
    'Rent is waiting for you',
    'Salary posted on schedule',
    'Salary posted on schedule',
  ]);
  // Restarting again posts nothing twice.
  await page.reload();
  await unlock(page);
  await expect(inbox).toHaveAccessibleName('Inbox 3 unread', { timeout: 15_000 });
  await inbox.click();

  const rent = entries.filter({ hasText: 'Rent is waiting for you' });
  await rent.getByRole('link', { name: 'Open the schedule' }).click();
  await expect(page.getByRole('heading', { name: 'Rent', level: 1 })).toBeVisible();
  await page
    .getByRole('button', { name: /^Post Rent, due/ })
    .first()
    .click();
  const confirm = page.getByRole('dialog', { name: 'Post Rent now?' });
  await confirm.getByRole('button', { name: 'Post' }).click();
  await expect(page.getByText('“Rent” posted')).toBeVisible();

  // Dismissed, an entry leaves the inbox for good.
  await inbox.click();
  const salary = entries.filter({ hasText: 'Salary posted on schedule' });
  await salary
    .first()
    .getByRole('button', { name: /^Dismiss: Salary/ })
    .click();
  await expect(salary).toHaveCount(1);
  await expect(entries).toHaveCount(2);

  await nav(page, 'Home').click();
  await expect(accountRow(page, 'Wallet')).toContainText('CN¥14,000.00');

  await nav(page, 'Analytics').click();
  const forecast = page.getByTestId('chart-forecast');
  await forecast.getByRole('button', { name: 'Show as table' }).click();
  await expect(
    forecast.getByRole('table').getByRole('row').filter({ hasText: 'Wallet' }),
  ).toContainText('CN¥14,000.00');
});

test('five posts of one waiting occurrence sent at once from the page post it once', async ({
  page,
}) => {
  await openPurse(page);
  const input = await page.evaluate(async (timeZone) => {
    const purse = (
      globalThis as unknown as {
        purse: Record<
          string,
          Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown }>>
        >;
      }
    ).purse;
    const accounts = (await purse['accounts']!['list']!({})) as { value: { id: string }[] };
    const categories = (await purse['categories']!['list']!({ kind: 'income' })) as {
      value: { id: string }[];
    };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
    const created = (await purse['bills']!['create']!({
      kind: 'income',
      name: 'Tutoring',
      payFromAccountId: accounts.value[0]!.id,
      categoryId: categories.value[0]!.id,
      amountKind: 'fixed',
      amount: 5_000,
      firstDue: today,
      schedule: { kind: 'monthly', dayOfMonth: Number(today.slice(8)) },
      remindDaysBefore: 0,
      timeZone,
    })) as { value: { id: string } };
    return { billId: created.value.id, dueDate: today, timeZone };
  }, TIME_ZONE);
  const results = await page.evaluate(async (post) => {
    const purse = (
      globalThis as unknown as {
        purse: {
          bills: { record: (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }> };
        };
      }
    ).purse;
    const sent = await Promise.all(Array.from({ length: 5 }, () => purse.bills.record(post)));
    return sent.map((result) => (result.ok ? 'ok' : result.error!.code));
  }, input);
  expect(results.sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'ok']);
  await page.reload();
  await unlock(page);
  await expect(accountRow(page, 'Purse wallet')).toContainText('CN¥50.00');
});
