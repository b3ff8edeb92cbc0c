import { expect, test } from './support/fixtures';
import { accountRow, choose, nav } from './support/purse';
import { confirmWithPin, expectDone, expectLedgerSound, sheet } from './support/payments';
import {
  PIN_TIMEOUT,
  TEST_PIN,
  createPinAndSaveCodes,
  lockHeading,
  unlock,
} from './support/security';

const LINK =
  'purse://pay?merchant=Lucky%20Coffee&amount=25.50&currency=CNY&order=ORD-2026-0042&note=Two%20lattes';

test('a brand-new user goes through first run, resumes after quitting, and pays a pasted link and a QR code', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('/');

  // 1. Language: offered in the system's language, nothing of the app behind it.
  await expect(page.getByRole('heading', { name: 'Welcome to Purse', level: 1 })).toBeVisible({
    timeout: PIN_TIMEOUT,
  });
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();

  // 2. Profile: a name is needed.
  await expect(page.getByRole('heading', { name: 'Create your profile', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Enter the name Purse should call you.')).toBeVisible();
  await page.getByLabel('Your name').fill('Mei');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByRole('heading', { name: 'Create your payment PIN', level: 1 }),
  ).toBeVisible();

  // Quitting here and starting again resumes at the PIN step.
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'Create your payment PIN', level: 1 }),
  ).toBeVisible({ timeout: PIN_TIMEOUT });

  // 3. The PIN and the recovery codes, once.
  const codes = await createPinAndSaveCodes(page);
  expect(codes).toHaveLength(10);

  // 4. The first card: a number with a typo is refused before anything is stored.
  await expect(
    page.getByRole('heading', { name: 'Bind your first bank card', level: 1 }),
  ).toBeVisible({ timeout: PIN_TIMEOUT });
  await page.getByLabel('Issuing bank').fill('China Merchants Bank');
  await page.getByLabel('Card number').fill('6222 0212 3456 7895');
  await page.getByLabel('Balance today').fill('5000');
  await page.getByRole('button', { name: 'Bind card' }).click();
  await expect(page.getByText('This card number is not valid. Check it for a typo.')).toBeVisible();

  // Quitting mid-step: Purse starts locked, then resumes at the card step with nothing made.
  await page.reload();
  await expect(lockHeading(page)).toBeVisible({ timeout: PIN_TIMEOUT });
  await page.getByLabel('Payment PIN').fill(TEST_PIN);
  await expect(
    page.getByRole('heading', { name: 'Bind your first bank card', level: 1 }),
  ).toBeVisible({ timeout: PIN_TIMEOUT });
  const none = await page.evaluate(async () => {
    const result = await window.purse.accounts.list({});
    return result.ok ? result.value.length : -1;
  });
  expect(none).toBe(0);

  await page.getByLabel('Issuing bank').fill('China Merchants Bank');
  await page.getByLabel('Card number').fill('6222021234567894');
  await expect(page.getByLabel('Card number')).toHaveValue('6222 0212 3456 7894');
  await page.getByLabel('Balance today').fill('5000');
  await page.getByRole('button', { name: 'Bind card' }).click();

  // 5. Optional extras, then done.
  await expect(
    page.getByRole('heading', { name: 'Extra safety (optional)', level: 1 }),
  ).toBeVisible({ timeout: PIN_TIMEOUT });
  await expect(page.getByRole('button', { name: 'Set up two-factor codes' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish and open Purse' }).click();

  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await expect(page.getByText('Hello, Mei')).toBeVisible();
  await expect(accountRow(page, 'China Merchants Bank ····7894')).toBeVisible();
  await expect(accountRow(page, 'China Merchants Bank ····7894')).toContainText('CN¥5,000.00');
  await expect(page.locator('body')).not.toContainText('6222');

  // Once done, never again: a restart goes to the lock screen and then the app.
  await page.reload();
  await expect(lockHeading(page)).toBeVisible({ timeout: PIN_TIMEOUT });
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Purse' })).toHaveCount(0);

  // A payment link pasted as text opens the prefilled review; the PIN pays it.
  await nav(page, 'Pay').click();
  await page.getByLabel('Paste a payment request').fill(`Please pay: ${LINK}`);
  await page.getByRole('button', { name: 'Open request' }).click();
  await expect(page.getByRole('heading', { name: 'Payment request', exact: true })).toBeVisible();
  const review = page.locator('.purse-request-review');
  await expect(review).toContainText('Lucky Coffee');
  await expect(review).toContainText('¥25.50');
  await expect(review).toContainText('ORD-2026-0042');
  // From the card just bound: the Purse wallet first run made is still at zero.
  await choose(review, page, 'Paid from', 'China Merchants Bank ····7894');
  await review.getByRole('button', { name: 'Continue' }).click();
  const dialog = sheet(page, 'Confirm payment');
  await expect(dialog).toContainText('Lucky Coffee');
  await confirmWithPin(dialog, page, 'Pay CN¥25.50');
  await expectDone(page, 'Payment successful');
  await expect(page.getByText('ORD-2026-0042')).toBeVisible();
  await page.getByRole('link', { name: 'View receipt' }).click();
  await expect(page.getByText('Order reference')).toBeVisible();
  await expect(page.getByText('ORD-2026-0042')).toBeVisible();

  // The same from a picture of a QR code.
  await nav(page, 'Pay').click();
  await page
    .locator('.purse-request-entry input[type=file]')
    .setInputFiles('test/fixtures/qr/pay-request.png');
  await expect(page.getByRole('heading', { name: 'Payment request', exact: true })).toBeVisible();
  await expect(review).toContainText('¥18.80');
  await expect(review).toContainText('QR-2026-0007');
  await choose(review, page, 'Paid from', 'China Merchants Bank ····7894');
  await review.getByRole('button', { name: 'Continue' }).click();
  await confirmWithPin(sheet(page, 'Confirm payment'), page, 'Pay CN¥18.80');
  await expectDone(page, 'Payment successful');
  await expect(page.getByText('QR-2026-0007')).toBeVisible();

  await nav(page, 'Home').click();
  await expect(accountRow(page, 'China Merchants Bank ····7894')).toContainText('CN¥4,955.70');
  await expectLedgerSound(page);
});
