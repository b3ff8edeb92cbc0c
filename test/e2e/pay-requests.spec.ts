import { expect, test } from './support/fixtures';
import { addAccount, expectBalance, nav, openPurse } from './support/purse';
import { expectLedgerSound } from './support/payments';

const request = (query: string) => `purse://pay?${query}`;

test('malformed, oversized and suspicious payment requests are refused with a clear message, and nothing is paid', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '100.00' });
  await nav(page, 'Pay').click();

  const box = page.getByLabel('Paste a payment request');
  const problem = page.locator('.purse-request-entry').getByRole('alert');
  const refusals: [string, string][] = [
    [
      request('merchant=%3Cscript%3Ealert(1)%3C/script%3E&amount=5&currency=CNY'),
      'The merchant’s name has hidden control characters',
    ],
    [
      request('merchant=Shop%E2%80%AEexe.gnp&amount=5&currency=CNY'),
      'The merchant’s name has hidden control characters',
    ],
    [request('merchant=Shop&amount=-5&currency=CNY'), 'The amount must be above zero.'],
    [
      request(`merchant=Shop&amount=1.${'3'.repeat(40)}&currency=CNY`),
      'more decimal places than its currency has',
    ],
    [request('merchant=Shop&amount=5&currency=XBT'), 'a currency Purse does not know'],
    [request('merchant=Shop&amount=5&currency=CNY&redirect=x'), 'parts Purse does not know'],
    [
      `${request('merchant=Shop&amount=5&currency=CNY&note=')}${'x'.repeat(2100)}`,
      'longer than 2 KB',
    ],
    ['https://shop.example/pay?amount=5', 'This is not a payment request.'],
  ];
  for (const [text, message] of refusals) {
    await box.fill(text);
    await page.getByRole('button', { name: 'Open request' }).click();
    await expect(problem).toContainText(message);
    await expect(page.getByRole('heading', { name: 'Payment request', exact: true })).toHaveCount(
      0,
    );
  }
  // Each refusal says where to read more.
  await expect(problem.getByRole('link', { name: 'How to fix this' })).toHaveAttribute(
    'href',
    '#/help?topic=payment-requests',
  );

  // Pictures: a QR code of something else, and one with script in the merchant's name.
  const file = page.locator('.purse-request-entry input[type=file]');
  await file.setInputFiles('test/fixtures/qr/not-a-request.png');
  await expect(problem).toContainText('That QR code holds no payment request.');
  await file.setInputFiles('test/fixtures/qr/script-merchant.png');
  await expect(problem).toContainText('The merchant’s name has hidden control characters');
  await file.setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('no') });
  await expect(problem).toContainText('That file is not a picture Purse can read.');

  // Over the person's own per-payment limit (500 at the basic tier): shown, not payable.
  await box.fill(request('merchant=Big%20Shop&amount=600&currency=CNY&order=BIG-1'));
  await page.getByRole('button', { name: 'Open request' }).click();
  await expect(page.getByRole('heading', { name: 'Payment request', exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('over your per-payment limit of CN¥500.00');
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);

  // A request tampered with in the address is read again, never trusted.
  await page.evaluate(() => {
    window.location.hash = `#/pay?request=${encodeURIComponent('purse://pay?merchant=%3Cb%3Ehi&amount=1&currency=CNY')}`;
  });
  await expect(page.getByText('This payment request was refused')).toBeVisible();
  // What main says of a link it refused (the OS handed Purse a broken one).
  await page.evaluate(() => {
    window.location.hash = '#/pay?requestProblem=amount-too-precise';
  });
  await expect(
    page.getByText('The amount has more decimal places than its currency has.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Back to Pay' }).click();
  await expect(box).toBeVisible();

  await nav(page, 'Home').click();
  await expectBalance(page, 'Daily wallet', 'CN¥100.00');
  await expectLedgerSound(page);
});
