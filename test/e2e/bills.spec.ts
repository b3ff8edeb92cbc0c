import { expect, test } from './support/fixtures';
import {
  addBill,
  billRow,
  billSection,
  countBills,
  dateIn,
  fillBill,
  longDate,
  monthAfter,
  openBills,
  seedBills,
  typeDate,
} from './support/bills';
import {
  confirmWithPin,
  countTransactions,
  expectDone,
  expectLedgerSound,
  sheet,
  typeCode,
} from './support/payments';
import { addAccount, clickWhenSettled, expectBalance, nav, openPurse } from './support/purse';
import { setUpPin, unlock } from './support/security';

/** "Dec 29": how the All bills list writes the next date in en-US. */
function shortDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day));
}

function monthName(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, 1));
}

test('a monthly bill is added, shows as upcoming, is paid with the PIN, then next month’s shows and the payment is in its history', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '2,000.00' });

  await openBills(page);
  // Nothing yet: the screen says what to do.
  await expect(page.getByText('No bills yet')).toBeVisible();

  const due = dateIn(3);
  await addBill(page, {
    kind: 'Electricity',
    name: 'State Grid electricity',
    accountNumber: '0101-2233-4455',
    amount: '180',
    firstDue: due,
  });

  const upcoming = billSection(page, 'Upcoming · next 30 days');
  const row = billRow(upcoming, 'State Grid electricity', due);
  await expect(row).toContainText('in 3 days');
  await expect(row).toContainText('CN¥180.00');
  await expect(row).toContainText('Electricity');
  await expect(billSection(page, 'Overdue')).toHaveCount(0);

  // Pay it from the row: the same confirmation and PIN as any payment.
  await row
    .getByRole('button', { name: `Pay State Grid electricity, due ${longDate(due)}` })
    .click();
  const dialog = sheet(page, 'Pay bill');
  await expect(dialog.getByTestId('sheet-total')).toHaveText('CN¥180.00');
  await expect(dialog.locator('[data-row="accountNumber"]')).toContainText('•••• 4455');
  await expect(dialog.locator('[data-row="accountNumber"]')).not.toContainText('0101');
  await expect(dialog.locator('[data-row="account"]')).toContainText('Daily wallet');
  await expect(dialog.locator('[data-row="after"]')).toContainText('CN¥1,820.00');
  await confirmWithPin(dialog, page, 'Pay CN¥180.00');

  await expectDone(page, 'Bill paid');
  const next = monthAfter(due);
  await expect(dialog.locator('[data-row="next"]')).toContainText(longDate(next));
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The paid date has left the list; the bill is next due a month later.
  await expect(billRow(upcoming, 'State Grid electricity', due)).toHaveCount(0);
  const all = billSection(page, 'All bills');
  await expect(billRow(all, 'State Grid electricity')).toContainText(`Next ${shortDate(next)}`);
  await expectLedgerSound(page);

  // Its detail: the next date to pay, and the payment in its history.
  await all.getByRole('link', { name: 'State Grid electricity' }).click();
  await expect(
    page.getByRole('heading', { name: 'State Grid electricity', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'To pay' })).toContainText(
    new Intl.DateTimeFormat('en-US', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${next}T00:00:00Z`)),
  );
  await expect(page.getByText('Account number with the biller').locator('..')).toContainText(
    '•••• 4455',
  );
  const payments = page.getByRole('region', { name: 'Payments' });
  await expect(payments.getByRole('row')).toHaveCount(2);
  await expect(payments).toContainText('CN¥180.00');
  const months = page.getByRole('region', { name: 'Paid per month' });
  await expect(months).toContainText(monthName(dateIn(0)));
  await expect(months).toContainText('CN¥180.00');

  await nav(page, 'Home').click();
  await expectBalance(page, 'Daily wallet', 'CN¥1,820.00');
});

test('an occurrence can be skipped, and the calendar shows each bill on its day', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '500.00' });
  await openBills(page);
  const due = dateIn(5);
  await addBill(page, {
    kind: 'Water',
    name: 'City water',
    accountNumber: 'W-88120',
    amount: '62.40',
    variable: true,
    firstDue: due,
  });
  const upcoming = billSection(page, 'Upcoming · next 30 days');
  await expect(billRow(upcoming, 'City water', due)).toContainText('in 5 days');
  await expect(billRow(upcoming, 'City water', due)).toContainText('about CN¥62.40');

  // The month calendar: the bill on its day.
  await page.getByText('Calendar', { exact: true }).click();
  if (due.slice(0, 7) !== dateIn(0).slice(0, 7)) {
    await page.getByRole('button', { name: 'Next month' }).click();
  }
  const cell = page.locator(`td[title="${due}"]`);
  const chip = cell.getByRole('button', { name: /^City water, CN¥62\.40, Upcoming$/ });
  await expect(chip).toBeVisible();
  // Only on its day: not the day before or after.
  for (const other of [dateIn(4), dateIn(6)]) {
    await expect(page.locator(`td[title="${other}"]`).getByRole('button')).toHaveCount(0);
  }

  // Its day: the bill with Pay and Skip; skipping asks first.
  await chip.click();
  const day = page.getByRole('list', { name: `Bills on ${longDate(due)}` });
  await day.getByRole('button', { name: `Skip City water, due ${longDate(due)}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Skip “City water” this time?' });
  await expect(confirm).toContainText('about CN¥62.40');
  await clickWhenSettled(confirm, 'Skip this date');
  await expect(page.getByText(`Skipped “City water” due ${longDate(due)}`)).toBeVisible();
  await expect(
    cell.getByRole('button', { name: /^City water, CN¥62\.40, Skipped$/ }),
  ).toBeVisible();

  // Back on the list: nothing to do for that date, the next is a month later; nothing paid.
  await page.getByText('List', { exact: true }).click();
  await expect(billRow(upcoming, 'City water', due)).toHaveCount(0);
  await expect(billRow(billSection(page, 'All bills'), 'City water')).toContainText(
    `Next ${shortDate(monthAfter(due))}`,
  );
  expect(await countTransactions(page, 'payment')).toBe(0);
  await expectLedgerSound(page);
});

test('bad input is shown on its fields and saves nothing: no account number, a zero amount, a one-off in the past, a reminder already past', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '500.00' });
  await openBills(page);
  await page.getByRole('button', { name: 'Add your first bill' }).click();
  await fillBill(page, {
    kind: 'Gas',
    name: 'Town gas',
    accountNumber: '',
    amount: '0',
    repeat: 'Only once',
    firstDue: dateIn(-2),
  });
  await page.getByRole('button', { name: 'Save bill' }).click();

  const accountNumber = page.getByLabel('Account number with the biller');
  await expect(accountNumber).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('Enter your account number with the biller, as printed on the bill.'),
  ).toBeVisible();
  await expect(page.getByLabel('Amount each time')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The amount must be more than zero.')).toBeVisible();
  await expect(page.getByLabel('Due date', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(
    page.getByText('Choose a date from today on: this date has already passed.'),
  ).toBeVisible();
  expect(await countBills(page)).toBe(0);

  // Fixed here, but the reminder (3 days before a bill due tomorrow) would be in the past:
  // the ledger refuses and the form marks the field it names.
  await accountNumber.fill('GAS-7781');
  await page.getByLabel('Amount each time').fill('45');
  await typeDate(page, 'Due date', dateIn(1));
  await page.getByLabel('Remind me').fill('3');
  await page.getByRole('button', { name: 'Save bill' }).click();
  await expect(
    page.getByText(
      'That reminder would already be in the past. Remind fewer days before, or choose a later date.',
    ),
  ).toBeVisible();
  await expect(page.getByLabel('Remind me')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'highlighted fields' })).toBeVisible();
  expect(await countBills(page)).toBe(0);

  // Remind on the day instead: saved.
  await page.getByLabel('Remind me').fill('0');
  await page.getByRole('button', { name: 'Save bill' }).click();
  await expect(page.getByText('“Town gas” added')).toBeVisible();
  expect(await countBills(page)).toBe(1);
  await expect(billRow(billSection(page, 'Upcoming · next 30 days'), 'Town gas')).toContainText(
    'tomorrow',
  );
});

test('a variable bill asks for this time’s amount; a wrong PIN pays nothing', async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '300.00' });
  await openBills(page);
  const today = dateIn(0);
  await addBill(page, {
    kind: 'Phone',
    name: 'China Mobile',
    accountNumber: '138 0013 8000',
    amount: '88',
    variable: true,
    firstDue: today,
  });
  const dueToday = billSection(page, 'Due today');
  await expect(billRow(dueToday, 'China Mobile', today)).toContainText('Due today');

  await dueToday.getByRole('button', { name: /^Pay China Mobile/ }).click();
  const dialog = sheet(page, 'Pay bill');
  const amount = dialog.getByLabel('Amount this time');
  await expect(amount).toHaveValue('88.00');
  await amount.fill('96.5');
  await amount.press('Enter');
  await expect(dialog.getByTestId('sheet-total')).toHaveText('CN¥96.50');

  await confirmWithPin(dialog, page, 'Pay CN¥96.50', '147025');
  await expect(dialog.getByRole('alert')).toContainText('That PIN isn’t right');
  expect(await countTransactions(page, 'payment')).toBe(0);

  await typeCode(dialog, page, '258036');
  await dialog.getByRole('button', { name: 'Pay CN¥96.50' }).click();
  await expectDone(page, 'Bill paid');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(billSection(page, 'Due today')).toHaveCount(0);
  await nav(page, 'Home').click();
  await expectBalance(page, 'Daily wallet', 'CN¥203.50');
  await expectLedgerSound(page);
});

test('a bill larger than the balance says so before the PIN, with a way to top up', async ({
  page,
}) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '100.00' });
  await openBills(page);
  const due = dateIn(7);
  await addBill(page, {
    kind: 'Electricity',
    name: 'State Grid electricity',
    accountNumber: '0101-2233-4455',
    amount: '180',
    firstDue: due,
  });
  await billSection(page, 'Upcoming · next 30 days')
    .getByRole('button', { name: `Pay State Grid electricity, due ${longDate(due)}` })
    .click();
  const dialog = sheet(page, 'Pay bill');
  const refusal = dialog.locator('[data-error-code="INSUFFICIENT_FUNDS"]');
  await expect(refusal).toContainText('Not enough money');
  await expect(refusal).toContainText('CN¥100.00');
  await expect(dialog.getByRole('group', { name: 'Payment PIN' })).toHaveCount(0);
  await refusal.getByRole('button', { name: 'Top up the wallet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Top up & withdraw' })).toBeVisible();
  expect(await countTransactions(page, 'payment')).toBe(0);
});

test('a bill is edited and archived from its detail', async ({ page }) => {
  await openPurse(page);
  await addAccount(page, { kind: 'Wallet', name: 'Daily wallet', balance: '500.00' });
  await openBills(page);
  await addBill(page, {
    kind: 'Internet',
    name: 'Home broadband',
    accountNumber: 'BB-20031',
    amount: '129',
    firstDue: dateIn(10),
  });
  await billSection(page, 'All bills').getByRole('link', { name: 'Home broadband' }).click();
  await expect(page.getByRole('heading', { name: 'Home broadband', level: 1 })).toBeVisible();
  await expect(page.getByText(/^Monthly on day \d+$/).first()).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit bill', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Home broadband');
  await page.getByLabel('Amount each time').fill('149');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('“Home broadband” saved')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Home broadband', level: 1 })).toBeVisible();
  await expect(page.locator('[data-row="amount"]')).toContainText('CN¥149.00');

  await page.getByRole('button', { name: 'Archive' }).click();
  const confirm = page.getByRole('dialog', { name: 'Archive “Home broadband”?' });
  await confirm.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('“Home broadband” archived')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bills', level: 1 })).toBeVisible();
  await expect(page.getByText('No bills yet')).toBeVisible();
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the list, the calendar and a bill read in Chinese, with Chinese dates', async ({
    page,
  }) => {
    await page.goto('/');
    await setUpPin(page);
    const due = dateIn(3);
    const [id] = await seedBills(page, { name: '支付宝余额', balance: 100_000 }, [
      {
        name: '国家电网电费',
        billerKind: 'electricity',
        amount: 18_650,
        amountKind: 'variable',
        firstDue: due,
      },
    ]);
    await page.reload();
    await unlock(page);

    await nav(page, '账单').click();
    await expect(page.getByRole('heading', { name: '账单', level: 1 })).toBeVisible();
    const row = billRow(billSection(page, '即将到期 · 未来 30 天'), '国家电网电费', due);
    await expect(row).toContainText('3天后');
    await expect(row).toContainText('约 ¥186.50');
    await expect(row).toContainText('电费');
    await expect(row.getByRole('button', { name: /^缴费：国家电网电费/ })).toBeVisible();

    await page.getByText('日历', { exact: true }).click();
    const [year, month] = due.split('-').map(Number) as [number, number];
    if (due.slice(0, 7) !== dateIn(0).slice(0, 7)) {
      await page.getByRole('button', { name: '下个月' }).click();
    }
    await expect(
      page.getByRole('heading', { name: `${year}年${month}月`, level: 2, exact: true }),
    ).toBeVisible();
    await expect(
      page
        .locator(`td[title="${due}"]`)
        .getByRole('button', { name: '国家电网电费，¥186.50，待缴' }),
    ).toBeVisible();

    // What a clicked reminder opens: the bill itself, by its path.
    await page.goto(`/#/bills/${id}`);
    await expect(page.getByRole('heading', { name: '国家电网电费', level: 1 })).toBeVisible();
    await expect(page.getByText(`每月 ${Number(due.slice(8, 10))} 日`).first()).toBeVisible();
    await expect(page.locator('[data-row="accountNumber"]')).toContainText('•••• 4455');
  });
});
