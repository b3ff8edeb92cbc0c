import { expect, test } from './support/fixtures';
import { openPurse } from './support/purse';

test('the navigation works from the keyboard alone', async ({ page }) => {
  await openPurse(page);
  await page.keyboard.press('Tab'); // skip link
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab'); // into the navigation; arrows move between areas
  await expect(page.getByRole('navigation').getByRole('menu')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Home' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Pay' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Transfer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Transfer', level: 1 })).toBeVisible();
});

test('an account can be added without a mouse', async ({ page }) => {
  await openPurse(page);
  await page.getByRole('button', { name: 'Add account' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Daily wallet');
  await dialog.getByLabel('Balance today').focus();
  await page.keyboard.type('88.80');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Net worth' })).toContainText('CN¥88.80');
});

test('a dialog closes with Esc', async ({ page }) => {
  await openPurse(page);
  await page.getByRole('button', { name: 'Add account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus goes back to the button that opened it.
  await expect(page.getByRole('button', { name: 'Add account' })).toBeFocused();
});
