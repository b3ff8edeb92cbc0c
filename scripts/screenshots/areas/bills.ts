import { uiPattern } from '../../../test/e2e/support/ui-text';
import { settle, show, showScreen } from '../screen';
import { BILL_NAMES, accountsWithoutBills, householdBills } from '../seeds/household-bills';
import { namesIn } from '../seeds/names';
import { inBoth, inOrder, variants, type Shot, type Step } from '../shot';

const electricityDetail: Step = async ({ page, language, t }) => {
  await showScreen(page, '#/bills');
  const name = namesIn(BILL_NAMES, language).electricity;
  // Its link is in Upcoming and again in All bills.
  await page.getByRole('link', { name, exact: true }).first().click();
  await page.getByText(t('bills.history.byMonth')).waitFor();
  await settle(page);
};

/** The pay sheet of the water bill, whose amount varies: it asks for this time's first. */
const payWaterBill: Step = async ({ page, language }) => {
  await showScreen(page, '#/bills');
  const name = namesIn(BILL_NAMES, language).water;
  await page.getByRole('button', { name: uiPattern('bills.actions.payNamed', { name }) }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(600);
};

const amountThisTime: Step = async ({ page, t }) => {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('bills.pay.amountThisTime')).fill('58.70');
  await dialog.getByRole('button', { name: t('bills.pay.continue') }).click();
  await dialog.getByTestId('sheet-total').waitFor();
  await page.waitForTimeout(600);
};

/** A new gas bill with no account number and a zero amount, sent: the form's refusals. */
const refusedBill: Step = async ({ page, language, t }) => {
  await showScreen(page, '#/bills/new');
  const gas = language === 'en' ? 'Town gas' : '港华燃气';
  await page.getByLabel(t('bills.fields.name'), { exact: true }).fill(gas);
  await page.getByText(t('bills.kinds.gas'), { exact: true }).click();
  await page.getByLabel(t('bills.fields.amount')).fill('0');
  await page.getByRole('button', { name: t('bills.form.save') }).click();
  await page.waitForTimeout(600);
};

/** A new recurring income: the kind chosen, the weekend and end fields, posting on its own. */
const newSalary: Step = async ({ page, language, t }) => {
  await showScreen(page, '#/bills/new?kind=income');
  await page
    .getByLabel(t('bills.fields.name'), { exact: true })
    .fill(language === 'en' ? 'Bonus' : '奖金');
  await page.getByLabel(t('bills.fields.amount')).fill('3000');
  await page.waitForTimeout(400);
};

const household = { start: householdBills } as const;

/** The list (light and dark), calendar, a detail, the pay sheet, the form and the empty list. */
export const billShots: readonly Shot[] = [
  ...variants(
    { ...household, name: 'bills-list', steps: show('#/bills') },
    { language: 'en' },
    { language: 'zh-CN' },
    { language: 'en', dark: true },
    { language: 'zh-CN', name: 'bills-empty', start: accountsWithoutBills },
  ),
  ...inBoth({ ...household, name: 'bills-calendar', steps: show('#/bills?view=calendar') }),
  ...inBoth({ ...household, name: 'bill-detail', steps: electricityDetail }),
  ...inBoth({ ...household, name: 'bill-pay-variable', windowOnly: true, steps: payWaterBill }),
  ...inBoth({
    ...household,
    name: 'bill-pay-pin',
    windowOnly: true,
    steps: inOrder(payWaterBill, amountThisTime),
  }),
  ...inBoth({ ...household, name: 'bill-form', steps: refusedBill }),
  ...inBoth({ ...household, name: 'schedule-form', steps: newSalary }),
];
