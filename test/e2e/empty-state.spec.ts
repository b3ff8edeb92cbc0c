import { expect, test } from './support/fixtures';
import { nav, openPurse } from './support/purse';

test('an empty profile says what to do first', async ({ page }) => {
  await openPurse(page);
  await expect(page.getByText('No accounts yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add your first account' })).toBeVisible();
  // No made-up numbers anywhere on an empty Home.
  await expect(page.getByRole('region', { name: 'Net worth' })).toHaveCount(0);

  await nav(page, 'Pay').click();
  await expect(page.getByText('Add an account first')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add account' })).toBeVisible();

  await nav(page, 'Transfer').click();
  await expect(page.getByText('Add an account first')).toBeVisible();
});

test('areas that are not built yet say so plainly', async ({ page }) => {
  await openPurse(page);
  for (const area of ['History']) {
    await nav(page, area).click();
    await expect(page.getByRole('heading', { name: area, level: 1 })).toBeVisible();
    await expect(page.getByText('This part of Purse is not built yet.')).toBeVisible();
  }
});
