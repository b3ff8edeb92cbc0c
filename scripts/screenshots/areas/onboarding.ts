import { nav } from '../../../test/e2e/support/purse';
import { createPinAndSaveCodes } from '../../../test/e2e/support/security';
import { settle, showScreen } from '../screen';
import { namesIn, type Bilingual } from '../seeds/names';
import { variants, type Scene, type Shot } from '../shot';

const PAYMENT_LINK =
  'purse://pay?merchant=Lucky%20Coffee&amount=25.50&currency=CNY&order=ORD-2026-0042&note=Two%20lattes';
/** Three decimals: a request Purse refuses. */
const BROKEN_LINK = 'purse://pay?merchant=Shop&amount=1.999&currency=CNY';

const PERSON = {
  name: ['Mei', '小梅'],
  bank: ['China Merchants Bank', '招商银行'],
  helpQuery: ['payment failed', '忘记密码'],
} satisfies Bilingual<string>;

/** First run step by step: the language, a profile, the PIN, a card (with a typo), extras. */
async function firstRun({ page, language, t, snap }: Scene): Promise<void> {
  const person = namesIn(PERSON, language);
  const next = page.getByRole('button', { name: t('onboarding.next') });
  const cardNumber = page.getByLabel(t('onboarding.card.number'));
  const finish = page.getByRole('button', { name: t('onboarding.extras.finish') });
  await settle(page);
  await snap('onboarding-1-language');
  await next.click();
  await page.getByLabel(t('onboarding.profile.name')).fill(person.name);
  await settle(page);
  await snap('onboarding-2-profile');
  await next.click();
  await createPinAndSaveCodes(page);
  await page.getByLabel(t('onboarding.card.issuer')).fill(person.bank);
  await cardNumber.fill('6222 0212 3456 7895');
  await page.getByLabel(t('onboarding.card.balance')).fill('5000');
  await settle(page);
  await snap('onboarding-4-card-typo');
  await cardNumber.fill('6222021234567894');
  await page.getByRole('button', { name: t('onboarding.card.bind') }).click();
  await finish.waitFor();
  await settle(page);
  await snap('onboarding-5-extras');
  await finish.click();
  await page.getByRole('navigation').waitFor();
  await settle(page);
  await snap('onboarding-6-home');
}

/** Payment requests pasted on Pay (refused, then one to review), then the help centre. */
async function requestsAndHelp({ page, t, snap, language }: Scene): Promise<void> {
  const paste = page.getByLabel(t('payRequests.pasteLabel'));
  const open = page.getByRole('button', { name: t('payRequests.openPasted') });
  await nav(page, t('nav.pay')).click();
  await paste.fill(BROKEN_LINK);
  await open.click();
  await settle(page);
  await snap('pay-request-refused');
  await paste.fill(PAYMENT_LINK);
  await open.click();
  await settle(page);
  await snap('pay-request-review');
  await showScreen(page, '#/pay?requestProblem=merchant-invalid');
  await snap('pay-request-refused-link');
  await nav(page, t('nav.help')).click();
  await settle(page);
  await snap('help-all');
  await page
    .getByRole('searchbox', { name: t('help.searchLabel') })
    .fill(namesIn(PERSON, language).helpQuery);
  await page.locator('.purse-help__question').first().click();
  await settle(page);
  await snap('help-search');
}

/** First run, payment requests and help: one journey, ten pictures. */
export const onboardingShots: readonly Shot[] = variants(
  {
    name: 'onboarding',
    start: 'first-run',
    steps: async (scene) => {
      await firstRun(scene);
      await requestsAndHelp(scene);
    },
  },
  { language: 'en' },
  { language: 'zh-CN' },
  { language: 'en', dark: true },
);
