import { expect, test } from './support/fixtures';
import { accountRow, addAccount, nav, openPurse, pick } from './support/purse';
import { setUpPin, unlock } from './support/security';

test('switching the language to 中文 shows Chinese labels, and it is remembered', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '100.00' });

  await nav(page, 'Settings').click();
  await pick(page, 'Language', '中文');

  await expect(nav(page, '首页')).toBeVisible();
  await expect(nav(page, '转账')).toBeVisible();
  await expect(nav(page, '设置')).toBeVisible();
  await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
  await expect(page.getByText('语言', { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.reload();
  // A restart starts locked; the lock screen already speaks the saved language.
  await expect(page.getByRole('heading', { name: 'Purse 已锁定', level: 1 })).toBeVisible();
  await unlock(page);
  await expect(nav(page, '首页')).toBeVisible();
  await nav(page, '首页').click();
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: '净资产' })).toContainText('¥100.00');
  await expect(page.getByRole('columnheader', { name: '余额' })).toBeVisible();
  await expect(page.getByText('钱包', { exact: true })).toBeVisible();

  await nav(page, '设置').click();
  await pick(page, '语言', 'English');
  await expect(nav(page, 'Home')).toBeVisible();
});

test.describe('on a Chinese system', () => {
  test.use({ locale: 'zh-CN' });

  test('the UI follows the system language by default', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '欢迎使用 Purse', level: 1 })).toBeVisible();
    await setUpPin(page);
    await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
    // First run made the wallet, named in Chinese.
    await expect(accountRow(page, 'Purse 钱包')).toBeVisible();
    await nav(page, '设置').click();
    await expect(page.getByRole('radio', { name: '跟随系统（中文）' })).toBeChecked();
  });
});
