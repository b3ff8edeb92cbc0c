import type { PurseApi } from '../../src/shared/purse-api';
import { base32Decode } from '../../src/gateway/security/base32';
import { totpAt } from '../../src/gateway/security/totp';
import { expect, test } from './support/fixtures';
import {
  addThresholdCoupon,
  confirmWithPin,
  countTransactions,
  expectDone,
  expectLedgerSound,
  fillPayment,
  pay,
  sheet,
  startPayment,
  typeCode,
} from './support/payments';
import { addAccount, choose, expectBalance, nav, openPurse } from './support/purse';
import { TEST_PIN, confirmChange } from './support/security';

// Every confirmation checks the PIN with scrypt in the page, some twice (the step-up): these
// walks through several payments need more than the default minute on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('a coupon is applied on Pay, shows on the sheet and the receipt, and a refund is made from the receipt', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '2,000.00' });
  await addAccount(page, { kind: 'Bank card', name: 'Salary card', balance: '50,000.00' });
  await expectLedgerSound(page);

  await addThresholdCoupon(page, { name: 'Coffee deal', minSpend: '50', amountOff: '10' });
  await expect(page.getByRole('listitem').filter({ hasText: 'Coffee deal' })).toContainText(
    'CN¥10.00 off over CN¥50.00',
  );

  // The best coupon applies by itself; the sheet says exactly what will happen.
  const dialog = await startPayment(page, { merchant: 'Luckin Coffee', amount: '80' });
  await expect(dialog.getByText('Luckin Coffee', { exact: true })).toBeVisible();
  await expect(dialog.getByTestId('sheet-total')).toHaveText('CN¥70.00');
  await expect(dialog.getByText('You save CN¥10.00')).toBeVisible();
  await expect(dialog.locator('[data-row="coupon"]')).toContainText('Coffee deal');
  await expect(dialog.locator('[data-row="discount"]')).toContainText('-CN¥10.00');
  await expect(dialog.locator('[data-row="account"]')).toContainText('Daily wallet');
  await expect(dialog.locator('[data-row="after"]')).toContainText('CN¥1,930.00');
  await confirmWithPin(dialog, page, 'Pay CN¥70.00');

  await expectDone(page, 'Payment successful');
  const done = page.locator('.purse-money-done');
  await expect(done).toContainText('Luckin Coffee');
  await expect(done.locator('[data-row="discount"]')).toContainText('Coupon “Coffee deal”');
  await expect(done.locator('[data-row="discount"]')).toContainText('-CN¥10.00');
  await expect(done.locator('[data-row="after"]')).toContainText('CN¥1,930.00');
  await expect(done.locator('[data-row="receiptNo"]')).toHaveText(/Receipt number\d{16}/);
  await expectLedgerSound(page);

  await page.getByRole('link', { name: 'View receipt' }).click();
  await expect(page.getByRole('heading', { name: 'Payment receipt', level: 1 })).toBeVisible();
  const receipt = page.locator('.purse-receipt');
  await expect(receipt.getByRole('heading', { name: 'Luckin Coffee' })).toBeVisible();
  await expect(receipt.locator('[data-row="gross"]')).toContainText('CN¥80.00');
  await expect(receipt.locator('[data-row="coupon"]')).toContainText('Coffee deal');
  await expect(receipt.locator('[data-row="discount"]')).toContainText('-CN¥10.00');
  await expect(receipt.locator('[data-row="paid"]')).toContainText('CN¥70.00');
  await expect(receipt.locator('[data-row="refunded"]')).toContainText('CN¥0.00');

  // Printed, the page is the receipt alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Refund' })).toBeHidden();
  await expect(receipt.locator('[data-row="paid"]')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Part of it comes back.
  await page.getByRole('button', { name: 'Refund' }).click();
  const refund = sheet(page, 'Refund this payment');
  await expect(refund.locator('[data-row="refundable"]')).toContainText('CN¥70.00');
  await refund.getByLabel('Amount to refund').fill('20');
  await refund.getByRole('button', { name: 'Continue' }).click();
  await expect(refund.getByText('Part of the payment')).toBeVisible();
  await confirmWithPin(refund, page, 'Refund CN¥20.00');
  await expect(page.getByText('CN¥20.00 refunded.')).toBeVisible();
  await expect(refund).toBeHidden();
  await expect(receipt.locator('[data-row="refunded"]')).toContainText('CN¥20.00');
  await expect(page.getByText('Partly refunded')).toBeVisible();
  await expectLedgerSound(page);

  await nav(page, 'Home').click();
  await expectBalance(page, 'Daily wallet', 'CN¥1,950.00');

  await nav(page, 'Coupons').click();
  await expect(page.getByRole('region', { name: 'Saved with coupons' })).toContainText('CN¥10.00');
});

test('near the daily limit a payment asks for a step-up; over it the sheet says what is left; verifying identity raises it', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '3,000.00' });

  await pay(page, { merchant: 'Hema', amount: '480', total: 'CN¥480.00' });
  await expectLedgerSound(page);

  // ¥930 of the ¥1,000 a day: close to the limit, so Purse asks whether it is really you.
  let dialog = await startPayment(page, { merchant: 'Hema', amount: '450' });
  await expect(dialog.getByText('Purse will ask you to confirm it’s you')).toBeVisible();
  await confirmWithPin(dialog, page, 'Pay CN¥450.00');
  await expect(dialog.getByText('Confirm it’s you')).toBeVisible();
  await expect(dialog.getByText('Close to your daily limit')).toBeVisible();
  // Without two-factor codes this is no second factor, and the sheet says so.
  await expect(dialog.getByTestId('step-up-honest')).toContainText(
    'This is a second confirmation, not a second factor',
  );
  await expect(dialog.getByRole('button', { name: 'Turn on two-factor codes' })).toBeVisible();
  await typeCode(dialog, page, '258036', 'Enter your payment PIN again');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog.getByText('Tick the box to confirm this payment is yours.')).toBeVisible();
  await dialog
    .getByRole('checkbox', { name: 'Yes, this payment is mine and I want to make it.' })
    .check();
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expectDone(page, 'Payment successful');
  await expectLedgerSound(page);
  expect(await countTransactions(page, 'payment')).toBe(2);

  // Over the limit: nothing to confirm, and the room left today with a way to raise it.
  dialog = await startPayment(page, { merchant: 'Hema', amount: '100' });
  const refusal = dialog.getByRole('alert').filter({ hasText: 'Over your daily limit' });
  await expect(refusal).toContainText('CN¥70.00 left today.');
  await expect(dialog.getByRole('group', { name: 'Payment PIN' })).toHaveCount(0);
  await refusal.getByRole('button', { name: 'Verify identity' }).click();

  await expect(page.getByRole('heading', { name: 'Security', level: 1 })).toBeVisible();
  const identity = page.locator('.ant-card').filter({
    has: page.getByRole('heading', { name: 'Real-name verification' }),
  });
  await identity.getByLabel('Legal name').fill('张三');
  await identity.getByLabel('Document number').fill('11010519491231002X');
  await identity.getByRole('button', { name: 'Verify' }).click();
  await confirmChange(page, 'Confirm it’s you', 'Verify');
  await expect(
    page.getByText('Identity verified. Your payment limits are now at the Verified tier.'),
  ).toBeVisible();

  await pay(page, { merchant: 'Hema', amount: '100', total: 'CN¥100.00' });
  await expectLedgerSound(page);
  await nav(page, 'Home').click();
  await expectBalance(page, 'Daily wallet', 'CN¥1,970.00');
});

test('send money to a new contact, then top up the wallet from the bank card', async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '100.00' });
  await addAccount(page, { kind: 'Bank card', name: 'Salary card', balance: '5,000.00' });

  await nav(page, 'Transfer').click();
  await expect(page.getByRole('heading', { name: 'Transfer', level: 1 })).toBeVisible();
  const contact = page.getByRole('combobox', { name: 'Contact', exact: true });
  await contact.fill('Lin Mei');
  await contact.press('Escape');
  await expect(page.getByText('New contact: saved with this transfer.')).toBeVisible();
  await page.getByLabel('Phone or handle (optional)').fill('138 0013 8000');
  await page.getByLabel('Amount').fill('50');
  await page.getByLabel('Message').fill('Dinner');
  await page.getByRole('button', { name: 'Continue' }).click();
  const transfer = sheet(page, 'Confirm transfer');
  await expect(transfer.locator('[data-row="to"]')).toContainText('Lin Mei (new contact)');
  await expect(transfer.locator('[data-row="from"]')).toContainText('Daily wallet');
  await expect(transfer.locator('[data-row="after"]')).toContainText('CN¥50.00');
  await confirmWithPin(transfer, page, 'Send CN¥50.00');
  await expectDone(page, 'Transfer sent');
  await expect(page.locator('.purse-money-done')).toContainText('To Lin Mei');
  await expectLedgerSound(page);

  // Top up from Home, next to the wallet.
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Home', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Top up “Daily wallet”' }).click();
  await expect(page.getByRole('heading', { name: 'Top up & withdraw', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'CN¥200.00' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  const topup = sheet(page, 'Confirm top-up');
  await expect(topup.locator('[data-row="from"]')).toContainText('Salary card');
  await expect(topup.locator('[data-row="after"]')).toContainText('CN¥250.00');
  await confirmWithPin(topup, page, 'Top up CN¥200.00');
  await expectDone(page, 'Top-up complete');
  await expectLedgerSound(page);

  await nav(page, 'Home').click();
  await expectBalance(page, 'Daily wallet', 'CN¥250.00');
  await expectBalance(page, 'Salary card', 'CN¥4,800.00');

  // The transfer has its receipt, one click from Home.
  await page.getByRole('link', { name: 'Open the receipt of Lin Mei' }).click();
  await expect(page.getByRole('heading', { name: 'Transfer receipt', level: 1 })).toBeVisible();
  await expect(page.locator('.purse-receipt')).toContainText('Dinner');

  // Sending to Lin Mei again finds the saved contact.
  await nav(page, 'Transfer').click();
  await page.getByRole('combobox', { name: 'Contact', exact: true }).fill('lin');
  await page.getByRole('option', { name: /Lin Mei/ }).click();
  await expect(page.locator('#contact_extra')).toHaveText('138 0013 8000');
});

test('double-clicking Confirm makes one payment, not two', async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '500.00' });

  const dialog = await startPayment(page, { merchant: 'Luckin Coffee', amount: '25' });
  await typeCode(dialog, page, '258036');
  await dialog.getByRole('button', { name: 'Pay CN¥25.00' }).dblclick();
  await expectDone(page, 'Payment successful');
  expect(await countTransactions(page, 'payment')).toBe(1);
  await expectLedgerSound(page);
  await nav(page, 'Home').click();
  await expectBalance(page, 'Daily wallet', 'CN¥475.00');
});

test('a wrong PIN says how many tries are left, and not enough money offers a top-up', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '30.00' });

  const dialog = await startPayment(page, { merchant: 'Luckin Coffee', amount: '25' });
  await confirmWithPin(dialog, page, 'Pay CN¥25.00', '147258');
  await expect(dialog.getByRole('alert')).toContainText('4 attempts left');
  // The PIN boxes are cleared; Enter confirms, as in any form.
  await typeCode(dialog, page, '258036');
  await page.keyboard.press('Enter');
  await expectDone(page, 'Payment successful');

  // More than the wallet holds: said on the form itself, and the sheet never opens.
  await fillPayment(page, { merchant: 'Luckin Coffee', amount: '25' });
  await expect(page.getByText('left today')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Not enough money' });
  await expect(refusal).toContainText('it holds CN¥5.00, and this needs CN¥25.00');
  await expect(sheet(page, 'Confirm payment')).toHaveCount(0);
  // A smaller amount is a new question: the refusal goes, and the sheet opens for it.
  await page.getByLabel('Amount').fill('4');
  await expect(refusal).toHaveCount(0);
  await page.getByLabel('Amount').fill('25');
  await expect(page.getByText('left today')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await refusal.getByRole('button', { name: 'Top up the wallet' }).click();
  await expect(page.getByRole('heading', { name: 'Top up & withdraw', level: 1 })).toBeVisible();
  expect(await countTransactions(page, 'payment')).toBe(1);
  await expectLedgerSound(page);
});

test('on the sheet the person can pick another coupon, or none', async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '500.00' });
  await addThresholdCoupon(page, { name: 'Big deal', minSpend: '50', amountOff: '15' });
  await addThresholdCoupon(page, { name: 'Small deal', minSpend: '20', amountOff: '5' });

  const dialog = await startPayment(page, { merchant: 'Hema', amount: '60' });
  // The one that saves the most comes first.
  await expect(dialog.locator('[data-row="coupon"]')).toContainText('Big deal');
  await expect(dialog.getByTestId('sheet-total')).toHaveText('CN¥45.00');

  await choose(dialog, page, 'Coupon', 'Small deal');
  await expect(dialog.getByTestId('sheet-total')).toHaveText('CN¥55.00');
  await choose(dialog, page, 'Coupon', 'No coupon');
  await expect(dialog.getByTestId('sheet-total')).toHaveText('CN¥60.00');
  await expect(dialog.getByText(/You save/)).toHaveCount(0);

  await confirmWithPin(dialog, page, 'Pay CN¥60.00');
  await expectDone(page, 'Payment successful');
  await expect(page.locator('.purse-money-done [data-row="discount"]')).toHaveCount(0);

  await nav(page, 'Coupons').click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Big deal' })).toContainText(
    'Used 0 of 1',
  );
  await expectLedgerSound(page);
});

test('with two-factor codes on, the step-up asks for the authenticator code', async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '3,000.00' });
  // Two-factor codes turned on (the Security screen's own flow has its own tests).
  const secret = await page.evaluate(async (pin) => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const begun = await purse.security.totpBegin({ pin });
    if (!begun.ok) throw new Error(begun.error.message);
    return begun.value.secret;
  }, TEST_PIN);
  const key = base32Decode(secret);
  if (!key) throw new Error('not a base32 secret');
  await page.evaluate(
    async (code) => {
      const purse = (globalThis as unknown as { purse: PurseApi }).purse;
      const confirmed = await purse.security.totpConfirm({ code });
      if (!confirmed.ok) throw new Error(confirmed.error.message);
    },
    totpAt(key, Date.now()),
  );

  await pay(page, { merchant: 'Hema', amount: '480', total: 'CN¥480.00' });
  const dialog = await startPayment(page, { merchant: 'Hema', amount: '450' });
  await confirmWithPin(dialog, page, 'Pay CN¥450.00');
  await expect(dialog.getByText('Close to your daily limit')).toBeVisible();
  await expect(dialog.getByTestId('step-up-honest')).toHaveCount(0);
  // A code is good once: the next one, which the gateway accepts within its window.
  await typeCode(
    dialog,
    page,
    totpAt(key, Date.now() + 30_000),
    'Code from your authenticator app',
  );
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expectDone(page, 'Payment successful');
  expect(await countTransactions(page, 'payment')).toBe(2);
  await expectLedgerSound(page);
});
