import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium';
import { indexedDbBytes, occurs, writePlainControl } from '../support/indexeddb-files';
import { addBill, dateIn, openBills } from './support/bills';
import {
  confirmWithPin,
  expectDone,
  expectLedgerSound,
  sheet,
  startPayment,
} from './support/payments';
import { choose, nav, putAwayPurseWallet } from './support/purse';
import { PIN_TIMEOUT, setUpPin, confirmChange } from './support/security';

/**
 * Issue 3's test as a person would do it: distinctive names, memos, an account number and an
 * ID number typed into the real UI (dev:web) in a browser profile of our own, then a search of
 * that profile's IndexedDB files on disk. A control written unencrypted to the same profile
 * must be found, or the search proves nothing.
 */
const SECRETS = {
  accountName: 'Zephyrcard Savings',
  institution: 'Quokkabank Mutual',
  merchant: 'Xylophone Noodle House',
  merchantZh: '蟋蟀面馆旗舰店',
  memo: 'memo-for-Zanzibar-trip',
  contact: 'Ottoline Quibble',
  message: 'Quibble-rent-share',
  biller: 'Vortexpower Utility',
  billerAccount: '8641-9753-1024',
  legalName: 'Quentin Xavierson',
  idNumber: '11010519491231002X',
};
const CONTROLS = ['Control-Plaintext-Marker', '明文对照字符串'];

async function addAccount(
  page: Page,
  account: { kind: string; name: string; balance: string; institution?: string },
) {
  await nav(page, 'Home').click();
  if (account.kind === 'Wallet') await putAwayPurseWallet(page);
  await page.getByRole('button', { name: /^(Add your first account|Add account)$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an account' });
  await choose(dialog, page, 'Kind', account.kind);
  await dialog.getByLabel('Name').fill(account.name);
  if (account.institution) await dialog.getByLabel('Bank or provider').fill(account.institution);
  await dialog.getByLabel('Balance today').fill(account.balance);
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog).toBeHidden();
}

async function writeEverythingThroughTheUi(page: Page) {
  await page.goto('/');
  await setUpPin(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '500.00' });
  await addAccount(page, {
    kind: 'Bank card',
    name: SECRETS.accountName,
    institution: SECRETS.institution,
    balance: '2,000.00',
  });

  for (const merchant of [SECRETS.merchant, SECRETS.merchantZh]) {
    const dialog = await startPayment(page, {
      merchant,
      amount: '12.34',
      account: 'Daily wallet',
      memo: SECRETS.memo,
    });
    await confirmWithPin(dialog, page, 'Pay CN¥12.34');
    await expectDone(page, 'Payment successful');
  }

  await nav(page, 'Transfer').click();
  const contact = page.getByRole('combobox', { name: 'Contact', exact: true });
  await contact.fill(SECRETS.contact);
  await contact.press('Escape');
  await page.getByLabel('Amount').fill('20');
  await page.getByLabel('Message').fill(SECRETS.message);
  await page.getByRole('button', { name: 'Continue' }).click();
  await confirmWithPin(sheet(page, 'Confirm transfer'), page, 'Send CN¥20.00');
  await expectDone(page, 'Transfer sent');

  await nav(page, 'Security').click();
  await page.getByRole('tab', { name: 'Identity and limits' }).click();
  const identity = page.locator('.ant-card').filter({
    has: page.getByRole('heading', { name: 'Real-name verification' }),
  });
  await identity.getByLabel('Legal name').fill(SECRETS.legalName);
  await identity.getByLabel('Document number').fill(SECRETS.idNumber);
  await identity.getByRole('button', { name: 'Verify' }).click();
  await confirmChange(page, 'Confirm it’s you', 'Verify');
  // The PIN confirming it runs scrypt (deliberately slow) in the page: a busy machine needs longer.
  await expect(identity).toContainText('1****************X', { timeout: PIN_TIMEOUT });

  await openBills(page);
  await addBill(page, {
    kind: 'Electricity',
    name: SECRETS.biller,
    accountNumber: SECRETS.billerAccount,
    amount: '88.00',
    firstDue: dateIn(3),
  });
  await expectLedgerSound(page);
}

test('names, memos, an account number and an ID number typed into the app never reach the IndexedDB files in clear', async ({
  baseURL,
}) => {
  test.slow();
  const profile = mkdtempSync(join(tmpdir(), 'purse-ui-at-rest-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions(),
      ...(baseURL ? { baseURL } : {}),
      locale: 'en-US',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    await writeEverythingThroughTheUi(page);

    // Everything typed is on screen, so the UI did get it back from the sealed rows.
    await nav(page, 'Home').click();
    await expect(page.getByText(SECRETS.merchant).first()).toBeVisible({ timeout: PIN_TIMEOUT });

    await writePlainControl(page, CONTROLS);
    await context.close();

    const bytes = indexedDbBytes(profile);
    for (const control of CONTROLS) expect(occurs(bytes, control), `control ${control}`).toBe(true);
    for (const [field, secret] of Object.entries(SECRETS))
      expect(occurs(bytes, secret), `${field}: ${secret}`).toBe(false);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
