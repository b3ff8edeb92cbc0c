import { expect, test } from './support/fixtures';
import { accountRow, expectBalance, nav } from './support/purse';
import { confirmWithPin, expectDone, expectLedgerSound, sheet } from './support/payments';
import { PIN_TIMEOUT, createPinAndSaveCodes, passLanguageAndProfile } from './support/security';

test('first run makes the Purse wallet at 0, and a top-up fills it without adding an account', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await passLanguageAndProfile(page, 'Mei');
  await createPinAndSaveCodes(page);
  await expect(
    page.getByRole('heading', { name: 'Bind your first bank card', level: 1 }),
  ).toBeVisible({ timeout: PIN_TIMEOUT });
  await page.getByLabel('Issuing bank').fill('China Merchants Bank');
  await page.getByLabel('Card number').fill('6222021234567894');
  await page.getByLabel('Balance today').fill('5000');
  await page.getByRole('button', { name: 'Bind card' }).click();
  await page.getByRole('button', { name: 'Finish and open Purse' }).click({ timeout: PIN_TIMEOUT });

  // Home: the bound card, and the Purse wallet at zero in the default currency.
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await expect(accountRow(page, 'Purse wallet')).toContainText('Wallet');
  await expectBalance(page, 'Purse wallet', 'CN¥0.00');
  await expectBalance(page, 'China Merchants Bank ····7894', 'CN¥5,000.00');
  const accountsBefore = await page.evaluate(async () => {
    const result = await window.purse.accounts.list({});
    return result.ok ? result.value.length : -1;
  });
  expect(accountsBefore).toBe(2);

  // Top up at once: no "add an account first" on the way.
  await page.getByRole('button', { name: 'Top up “Purse wallet”' }).click();
  await expect(page.getByRole('heading', { name: 'Top up & withdraw', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'CN¥200.00' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  const topup = sheet(page, 'Confirm top-up');
  await expect(topup.locator('[data-row="from"]')).toContainText('China Merchants Bank ····7894');
  await expect(topup.locator('[data-row="after"]')).toContainText('CN¥200.00');
  await confirmWithPin(topup, page, 'Top up CN¥200.00');
  await expectDone(page, 'Top-up complete');
  await expectLedgerSound(page);

  await nav(page, 'Home').click();
  await expectBalance(page, 'Purse wallet', 'CN¥200.00');
  await expectBalance(page, 'China Merchants Bank ····7894', 'CN¥4,800.00');
  const accountsAfter = await page.evaluate(async () => {
    const result = await window.purse.accounts.list({});
    return result.ok ? result.value.length : -1;
  });
  expect(accountsAfter).toBe(2);
});

test('in Chinese, the wallet first run makes is called “Purse 钱包”', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Purse', level: 1 })).toBeVisible({
    timeout: PIN_TIMEOUT,
  });
  await page.getByText('简体中文', { exact: true }).click();
  await passLanguageAndProfile(page, '美');
  await createPinAndSaveCodes(page);
  await page.getByRole('button', { name: '暂时跳过' }).click({ timeout: PIN_TIMEOUT });
  await page.getByRole('button', { name: '完成并打开 Purse' }).click();
  await expect(page.getByRole('heading', { name: '首页', level: 1 })).toBeVisible();
  await expectBalance(page, 'Purse 钱包', '¥0.00');
});
