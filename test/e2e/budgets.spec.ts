import type { Page } from '@playwright/test';
import type { PurseApi } from '../../src/shared/purse-api';
import { expect, test } from './support/fixtures';
import { choose, nav, openPurse } from './support/purse';

/** A wallet and two lunches this month, written through window.purse. */
async function seedSpending(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const must = async <T>(
      call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
    ) => {
      const result = await call;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const wallet = await must(
      purse.accounts.create({
        kind: 'wallet',
        name: 'Daily wallet',
        currency: 'CNY',
        openingBalance: 500_000,
        timeZone,
      }),
    );
    const categories = await must(purse.categories.list({ kind: 'expense' }));
    const food = categories.find((category) => category.builtin === 'food');
    if (!food) throw new Error('no food category');
    for (const amount of [3_050, 1_500]) {
      await must(
        purse.transactions.record({
          kind: 'expense',
          accountId: wallet.id,
          categoryId: food.id,
          amount,
          occurredAt: Date.now() - 60_000,
          timeZone,
        }),
      );
    }
  });
}

function budgetRow(page: Page, category: string) {
  return page
    .getByRole('table', { name: 'Budgets by category' })
    .getByRole('row')
    .filter({ hasText: category });
}

test('sets a budget for a category and shows how much of it is spent', async ({ page }) => {
  await openPurse(page);
  await seedSpending(page);

  await nav(page, 'Budgets').click();
  await expect(page.getByRole('heading', { name: 'Budgets', level: 1 })).toBeVisible();
  await expect(page.getByText('Set your first budget')).toBeVisible();

  await page.getByRole('button', { name: 'Add budget' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a budget' });
  await expect(dialog).toBeVisible();
  await choose(dialog, page, 'Category', 'Food & dining');
  await dialog.getByLabel('Amount').fill('-50');
  await dialog.getByRole('button', { name: 'Add budget' }).click();
  await expect(dialog.getByText('A budget can’t be negative. Enter 0 or more.')).toBeVisible();
  await dialog.getByLabel('Amount').fill('100');
  await dialog.getByLabel('Amount').press('Enter');
  await expect(dialog).toBeHidden();

  const row = budgetRow(page, 'Food & dining');
  await expect(row).toContainText('¥100.00');
  await expect(row).toContainText('¥45.50');
  await expect(row).toContainText('¥54.50');
  await expect(row).toContainText('46%');
  await expect(page.getByRole('listitem').filter({ hasText: 'Spent' })).toContainText('¥45.50');

  // Edit in place with the keyboard: a negative amount is refused, Enter saves.
  await page.getByRole('button', { name: 'Change the budget for Food & dining' }).click();
  const field = page.getByRole('textbox', { name: 'Budget for Food & dining' });
  await field.fill('-1');
  await field.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'can’t be negative' })).toBeVisible();
  await field.fill('40');
  await field.press('Enter');
  await expect(field).toBeHidden();
  await expect(row).toContainText('114%');
  await expect(row).toContainText('-CN¥5.50');

  await page.getByRole('button', { name: 'Remove the budget for Food & dining' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('Set your first budget')).toBeVisible();
});
