import { expect, test } from './support/fixtures';
import { nav } from './support/purse';
import {
  PIN_TIMEOUT,
  TEST_PIN,
  lockHeading,
  passLanguageAndProfile,
  skipCardAndExtras,
  unlock,
} from './support/security';

test('the first run asks for a PIN, refuses guessable ones, and shows the recovery codes once', async ({
  page,
}) => {
  await page.goto('/');
  await passLanguageAndProfile(page);
  await expect(
    page.getByRole('heading', { name: 'Create your payment PIN', level: 1 }),
  ).toBeVisible();
  // Nothing of the app is there yet: no navigation behind the first-run screen.
  await expect(page.getByRole('navigation')).toHaveCount(0);

  const pin = page.getByLabel('New PIN');
  const again = page.getByLabel('Enter the PIN again');
  await expect(pin).toBeFocused();

  // A run and a repeat are refused before anything is sent.
  await pin.fill('123456');
  await again.focus();
  await expect(
    page.getByText('Choose a PIN that is harder to guess than 123456 or 111111.'),
  ).toBeVisible();
  await pin.fill('111111');
  await page.getByRole('button', { name: 'Create PIN' }).click();
  await expect(
    page.getByText('Choose a PIN that is harder to guess than 123456 or 111111.'),
  ).toBeVisible();

  // The two entries must match.
  await pin.fill(TEST_PIN);
  await again.fill('258037');
  await page.getByRole('button', { name: 'Create PIN' }).click();
  await expect(page.getByText('The two PINs don’t match. Enter the same PIN twice.')).toBeVisible();

  await again.fill(TEST_PIN);
  await again.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Save your recovery codes', level: 1 }),
  ).toBeVisible({ timeout: PIN_TIMEOUT });
  const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const first = (await codes.first().innerText()).trim();
  expect(first).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(page.getByText('They are shown only now.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy codes' })).toBeVisible();

  // "I have saved them" is required before going on.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Tick the box once the codes are somewhere safe.')).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'I have saved my recovery codes' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await skipCardAndExtras(page);
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();

  // The Security screen counts them; the codes themselves are never shown again.
  await nav(page, 'Security').click();
  await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
  await expect(page.getByText('10 of 10 left')).toBeVisible();
  await expect(page.getByText(first)).toHaveCount(0);

  // A restart starts locked, and no code shows there either.
  await page.reload();
  await expect(lockHeading(page)).toBeVisible({ timeout: PIN_TIMEOUT });
  await expect(page.getByText(first)).toHaveCount(0);
  await unlock(page);
  await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
});
