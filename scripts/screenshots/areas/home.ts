import { fillAccount } from '../../../test/e2e/support/purse';
import { purseIn } from '../../../test/e2e/support/purse-calls';
import { settle, show, showScreen } from '../screen';
import { everydayProfile } from '../seeds/everyday-profile';
import { inBoth, variants, type Scene, type Shot } from '../shot';

/** Pay's second tab, with an amount typed (and sent, to show what the form refuses). */
const recordByHand =
  (amount: string, send: boolean) =>
  async ({ page, t }: Scene): Promise<void> => {
    await showScreen(page, '#/pay');
    await page.getByText(t('pay.modeRecord'), { exact: true }).click();
    await page.getByLabel(t('record.amount'), { exact: true }).fill(amount);
    if (send) await page.getByRole('button', { name: t('record.submitExpense') }).click();
    await settle(page, 400);
  };

/** The first account's reconciliation, a statement balance typed and one row ticked. */
async function reconciling({ page, t }: Scene): Promise<void> {
  const accounts = await purseIn(page).accounts.list({});
  const account = [...accounts].sort((a, b) => b.balance - a.balance)[0];
  await showScreen(page, `#/reconcile?account=${account!.id}`);
  await page.getByLabel(t('reconcile.balance')).fill('1000');
  const first = page.getByRole('checkbox').first();
  if (await first.count()) await first.check();
  await settle(page, 600);
}

const home = { name: 'home', start: everydayProfile, steps: show('#/home') } as const;

/** Home (full, empty, dark, narrow), recording by hand, Settings and adding an account. */
export const homeShots: readonly Shot[] = [
  ...inBoth(home),
  ...inBoth({ ...home, dark: true }),
  ...inBoth({ ...home, name: 'home-empty', start: 'set-up' }),
  ...inBoth({ ...home, name: 'reconcile', steps: reconciling }),
  { ...home, name: 'home-narrow', language: 'zh-CN', width: 760 },
  ...variants(
    { name: 'record-expense', start: everydayProfile, steps: recordByHand('25.5', false) },
    { language: 'en' },
    { language: 'zh-CN', steps: recordByHand('25.5', true) },
    { language: 'en', dark: true, steps: recordByHand('12.345', true) },
  ),
  { name: 'settings', language: 'zh-CN', start: 'set-up', steps: show('#/settings') },
  {
    name: 'create-account',
    language: 'en',
    start: 'set-up',
    steps: async ({ page }) => {
      await showScreen(page, '#/home');
      await fillAccount(page, { name: 'Salary card', balance: '5,000' });
      await page.waitForTimeout(500);
    },
  },
];
