import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { expectLedgerSound } from './support/payments';
import { addAccount, nav, openPurse, recordExpense } from './support/purse';

const RECEIPT_PNG = join(import.meta.dirname, '../fixtures/receipt.png');
const RECEIPT_PDF = join(import.meta.dirname, '../fixtures/receipt.pdf');

test.beforeEach(async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { name: 'Wallet', balance: '1,000' });
  await nav(page, 'Home').click();
  await recordExpense(page, {
    account: 'Wallet',
    category: 'Food & dining',
    amount: '42',
    memo: 'Lunch',
  });
});

/** The lunch's drawer in History, at its Attachments. */
async function openAttachments(page: Page) {
  await nav(page, 'History').click();
  await page
    .getByRole('region', { name: 'Transactions' })
    .getByRole('button', { name: 'Open Food & dining' })
    .click();
  const drawer = page.getByRole('dialog', { name: 'Transaction' });
  return drawer.getByRole('region', { name: 'Attachments' });
}

test('a receipt is attached in the drawer, shown as a thumbnail and opened inside Purse', async ({
  page,
}) => {
  const attachments = await openAttachments(page);
  await expect(attachments).toContainText('No receipts attached yet.');
  const input = attachments.locator('input[type="file"]');

  // A text file named like a picture is refused, naming what is wrong; nothing is attached.
  await input.setInputFiles({
    name: 'fake.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not a picture at all'),
  });
  await expect(attachments.getByRole('alert')).toContainText('fake.png is not what its name says');
  await expect(attachments).toContainText('No receipts attached yet.');

  await input.setInputFiles(RECEIPT_PNG);
  const thumbnail = attachments.getByRole('img', { name: 'Thumbnail of receipt.png' });
  await expect(thumbnail).toBeVisible();
  await expect(thumbnail).toHaveJSProperty('naturalWidth', 48);
  await expect(attachments.getByRole('alert')).toHaveCount(0);

  await attachments.getByRole('button', { name: 'Open receipt.png' }).click();
  const viewer = page.getByRole('dialog', { name: 'receipt.png' });
  const image = viewer.getByRole('img', { name: 'receipt.png' });
  await expect(image).toBeVisible();
  await expect(image).toHaveJSProperty('naturalWidth', 48);
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  await attachments.getByRole('button', { name: 'Remove receipt.png' }).click();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(attachments).toContainText('No receipts attached yet.');
  await expectLedgerSound(page);
});

test('a PDF receipt opens inside Purse, drawn page by page under the strict page policy', async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  const attachments = await openAttachments(page);
  await attachments.locator('input[type="file"]').setInputFiles(RECEIPT_PDF);
  await attachments.getByRole('button', { name: 'Open receipt.pdf' }).click();
  const viewer = page.getByRole('dialog', { name: 'receipt.pdf' });
  const firstPage = viewer.getByRole('img', { name: 'Page 1 of receipt.pdf' });
  await expect(firstPage).toBeVisible({ timeout: 20_000 });
  // The receipt's text was drawn: the canvas holds dark pixels, not a blank page.
  const inked = await firstPage.evaluate((canvas) => {
    const context = (canvas as HTMLCanvasElement).getContext('2d')!;
    const { data } = context.getImageData(0, 0, canvas.clientWidth, canvas.clientHeight / 3);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 3]! > 0) dark += 1;
    return dark;
  });
  expect(inked).toBeGreaterThan(200);
  await expect(viewer.getByRole('img', { name: /^Page \d+ of / })).toHaveCount(1);
  expect(blocked).toEqual([]);
});
