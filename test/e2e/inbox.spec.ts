import { expect, test } from './support/fixtures';
import { dateIn, longDate, seedBills } from './support/bills';
import { nav, openPurse, pick, recordExpense } from './support/purse';
import { builtinCategories, purseIn } from './support/purse-calls';
import { unlock } from './support/security';

test('budget alerts and bill reminders land in the inbox, with an unread badge, links and mark read', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openPurse(page);
  // A phone bill whose reminder (2 days before, at midnight) has come, and a ¥100 food budget.
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
  const purse = purseIn(page);
  const category = await builtinCategories(purse);
  await purse.budgets.set({
    categoryId: category('food'),
    month: dateIn(0).slice(0, 7),
    amount: 10_000,
  });
  // The scheduler runs at start: the reminder is in the inbox, and the badge says so.
  await page.reload();
  await unlock(page);
  const inbox = nav(page, /^Inbox/);
  await expect(inbox).toHaveAccessibleName('Inbox 1 unread');

  // Spending past 80% of the budget adds an alert.
  await recordExpense(page, {
    account: 'Daily wallet',
    category: 'Food & dining',
    amount: '85.00',
  });
  await expect(inbox).toHaveAccessibleName('Inbox 2 unread', { timeout: 15_000 });

  await inbox.click();
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  const entries = page.getByRole('list', { name: 'Inbox entries' }).getByRole('listitem');
  // Newest first.
  await expect(entries.getByRole('heading', { level: 2 })).toHaveText([
    'Unread: Food & dining budget 80% used',
    `Unread: China Mobile is due ${longDate(due)}`,
  ]);
  await expect(entries.first()).toContainText('CN¥85.00 of CN¥100.00 spent in');
  await expect(entries.nth(1)).toContainText('CN¥88.00 — pay it in Purse');

  // From the keyboard: the first entry's "Mark as read".
  await entries.first().getByRole('link', { name: 'Open budgets' }).focus();
  await page.keyboard.press('Tab');
  await expect(entries.first().getByRole('button', { name: 'Mark as read' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entries.first().getByRole('heading', { level: 2 })).toHaveText(
    'Food & dining budget 80% used',
  );
  await expect(inbox).toHaveAccessibleName('Inbox 1 unread');

  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(entries.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
  await expect(inbox).toHaveAccessibleName('Inbox');
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();

  // Each entry links to its bill or budget.
  await entries.nth(1).getByRole('link', { name: 'Open the bill' }).click();
  await expect(page.getByRole('heading', { name: 'China Mobile', level: 1 })).toBeVisible();
  await inbox.click();
  await entries.first().getByRole('link', { name: 'Open budgets' }).click();
  await expect(page.getByRole('heading', { name: 'Budgets', level: 1 })).toBeVisible();

  // In Chinese, the same entries are worded in Chinese.
  await nav(page, 'Settings').click();
  await pick(page, 'Language', '中文');
  await nav(page, /^消息/).click();
  await expect(page.getByRole('heading', { name: '消息', level: 1 })).toBeVisible();
  const zhEntries = page.getByRole('list', { name: '消息列表' }).getByRole('listitem');
  await expect(zhEntries.getByRole('heading', { level: 2 })).toHaveText([
    '餐饮预算已用 80%',
    /^China Mobile 将于 .+ 到期$/,
  ]);
});

test('a new inbox says what will appear in it', async ({ page }) => {
  await openPurse(page);
  await nav(page, /^Inbox/).click();
  await expect(page.getByText('Nothing here yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
});
