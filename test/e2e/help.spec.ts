import { expect, test } from './support/fixtures';
import { addAccount, nav, openPurse, pick } from './support/purse';
import { startPayment } from './support/payments';

test('help search finds answers in English and Chinese, and a refusal links to its answer', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openPurse(page);
  await nav(page, 'Help').click();
  await expect(page.getByRole('heading', { name: 'Help', level: 1 })).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search help' });
  const questions = page.locator('.purse-help__question');
  await expect(questions).toHaveCount(10);

  await search.fill('forgot PIN');
  await expect(questions.first()).toHaveText('I forgot my payment PIN');
  await questions.first().click();
  await expect(page.getByText('enter one of the ten recovery codes')).toBeVisible();

  // Chinese words find the same answers in the English UI, without spaces.
  await search.fill('忘记密码');
  await expect(questions.first()).toHaveText('I forgot my payment PIN');
  await search.fill('备份');
  await expect(questions).toHaveText(['How do I export, back up and restore?']);

  await search.fill('zebra crossing');
  await expect(page.getByText('No answer matches “zebra crossing”')).toBeVisible();
  await page.getByRole('button', { name: 'Show all questions' }).click();
  await expect(questions).toHaveCount(10);

  // In Chinese, English words still find answers.
  await nav(page, 'Settings').click();
  await pick(page, 'Language', '中文');
  await nav(page, '帮助').click();
  await expect(page.getByRole('heading', { name: '帮助', level: 1 })).toBeVisible();
  const zhSearch = page.getByRole('searchbox', { name: '搜索帮助' });
  await zhSearch.fill('backup');
  await expect(questions).toHaveText(['如何导出、备份和恢复？']);
  await zhSearch.fill('限额');
  await expect(questions.filter({ hasText: '如何提高限额？' })).toBeVisible();
  await questions.filter({ hasText: '如何提高限额？' }).click();
  await page.getByRole('button', { name: '实名认证' }).click();
  await expect(page.getByRole('heading', { name: '安全', level: 1 })).toBeVisible();

  // Back in English: a payment larger than the balance links to the matching answer.
  await nav(page, '设置').click();
  await pick(page, '语言', 'English');
  await nav(page, 'Home').click();
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '10.00' });
  const dialog = await startPayment(page, { merchant: 'Book Shop', amount: '50' });
  await dialog.getByRole('link', { name: 'How to fix this' }).click();
  await expect(page.getByRole('heading', { name: 'Help', level: 1 })).toBeVisible();
  await expect(
    page.getByText('The account you paid from holds less than the payment.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Top up the wallet' }).click();
  await expect(page.getByRole('heading', { name: 'Top up & withdraw', level: 1 })).toBeVisible();
});

test('Import links to how to export a statement from each bank and wallet', async ({ page }) => {
  await openPurse(page);
  await nav(page, 'Import').click();
  await page
    .getByRole('link', { name: 'How to export a statement from your bank or wallet' })
    .click();
  const section = page.getByRole('region', { name: 'Importing statements' });
  await expect(
    section.getByRole('heading', { name: 'Importing statements', level: 2 }),
  ).toBeFocused();
  await expect(section.getByRole('heading', { level: 3 })).toHaveText([
    'Alipay (支付宝)',
    'WeChat Pay (微信支付)',
    'A Chinese bank (CSV)',
    'OFX or QFX (most US, UK and Canadian banks)',
    'QIF (older Quicken format)',
    'ISO 20022 CAMT.053 (European banks)',
    'A German bank (CSV, Soll/Haben)',
    'A Dutch bank (CSV, Af/Bij)',
    'A UK bank (CSV)',
  ]);

  // The search narrows this section too, in either language.
  await page.getByRole('searchbox', { name: 'Search help' }).fill('微信');
  await expect(section.getByRole('heading', { level: 3 })).toHaveText(['WeChat Pay (微信支付)']);
  await section.getByRole('heading', { name: 'WeChat Pay (微信支付)' }).click();
  await expect(
    section.getByText(
      'Me (我) → Services (服务) → Wallet (钱包) → Bills (账单) → FAQ (常见问题) → Download bill (下载账单)',
      { exact: false },
    ),
  ).toBeVisible();
  await section.getByRole('button', { name: 'Open Import' }).click();
  await expect(page.getByRole('heading', { name: 'Import a statement', level: 1 })).toBeVisible();
});
