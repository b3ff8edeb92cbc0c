import { nav } from '../../../test/e2e/support/purse';
import {
  PIN_TIMEOUT,
  TEST_PIN,
  authenticatorCode,
  confirmChange,
  createPin,
  lockWithShortcut,
  passLanguageAndProfile,
  setUpPin,
  unlock,
} from '../../../test/e2e/support/security';
import type { TextKey } from '../../../test/e2e/support/ui-text';
import { settle } from '../screen';
import { inBoth, inOrder, variants, type Shot, type Step } from '../shot';

type SecurityTab = Extract<TextKey, `security.tabs.${string}`>;

const openSecurity =
  (tab?: SecurityTab): Step =>
  async ({ page, t }) => {
    await nav(page, t('nav.security')).click();
    if (tab) await page.getByRole('tab', { name: t(tab) }).click();
    await settle(page, 500);
  };

const pause: Step = ({ page }) => settle(page, 500);
const lock: Step = ({ page }) => lockWithShortcut(page);
const forgotPin: Step = ({ page, t }) =>
  page.getByRole('button', { name: t('lock.locked.forgot') }).click();

const wrongPin: Step = async ({ page, t }) => {
  await page.getByLabel(t('lock.locked.pinLabel')).fill('000001');
  await page.getByRole('alert').waitFor({ timeout: PIN_TIMEOUT });
};

const fiveWrongPins: Step = async (scene) => {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await wrongPin(scene);
    await scene.page.locator('.ant-btn-loading').waitFor({ state: 'detached' });
    await scene.page.waitForTimeout(200);
  }
};

/** Real-name verification on the Identity tab (refused when the check digit is off). */
const verifyIdentity =
  (name: string, number: string): Step =>
  async (scene) => {
    const { page, t } = scene;
    await openSecurity('security.tabs.identity')(scene);
    await page.getByLabel(t('identity.name')).fill(name);
    await page.getByLabel(t('identity.number')).fill(number);
    await page.getByRole('button', { name: t('identity.submit') }).click();
    // A good number asks for the PIN before the limits rise; a bad one stays on the form.
    if (number.endsWith('X')) {
      await confirmChange(page, t('identity.confirmTitle'), t('identity.confirmSubmit'));
    }
  };

const verified = (name: string): Step =>
  inOrder(verifyIdentity(name, '11010519491231002X'), ({ page }) =>
    page.getByText('1****************X').waitFor(),
  );

const raiseDailyLimit: Step = async ({ page, t }) => {
  await page.getByLabel(t('limits.kinds.daily')).fill('800');
  await page.getByRole('button', { name: t('limits.save') }).click();
};

/** The reset form with a code and the verified name (what a verified person is asked). */
const resetWithName: Step = async ({ page, t }) => {
  await page.getByLabel(t('lock.recover.code')).fill('AAAAA-AAAAA');
  await page.getByLabel(t('identity.name')).fill('王芳');
};

/** First run with a recovery code kept, then the reset with it: the three-day wait starts. */
const startThreeDayWait: Step = async (scene) => {
  const { page, t } = scene;
  const [code] = await setUpPin(page);
  await inOrder(lock, forgotPin)(scene);
  await page.getByLabel(t('lock.recover.code')).fill(code ?? '');
  await page.getByRole('button', { name: t('lock.recover.waitStart') }).click();
  await page.getByText(t('lock.recover.pendingTitle')).waitFor({ timeout: PIN_TIMEOUT });
};

const enrolTwoFactor: Step = async (scene) => {
  await openSecurity('security.tabs.twoFactor')(scene);
  await scene.page.getByRole('button', { name: scene.t('security.twoFactor.setUp') }).click();
  await confirmChange(
    scene.page,
    scene.t('security.twoFactor.beginTitle'),
    scene.t('security.twoFactor.beginSubmit'),
  );
  await scene.page.getByRole('dialog').locator('img').waitFor();
};

/** The code an authenticator would show for the key in the dialog, typed in. */
const confirmTwoFactor: Step = async ({ page }) => {
  const dialog = page.getByRole('dialog');
  const key = (await dialog.getByTestId('totp-key').innerText()).replace(/\s/g, '');
  await dialog.locator('input').last().fill(authenticatorCode(key));
  await dialog.waitFor({ state: 'hidden' });
};

const askToSetUpTwoFactor: Step = async (scene) => {
  await openSecurity('security.tabs.twoFactor')(scene);
  await scene.page.getByRole('button', { name: scene.t('security.twoFactor.setUp') }).click();
  await scene.page.getByRole('dialog').waitFor();
};

/** Locking later asks for the PIN first (locking sooner does not). */
const askToLockLater: Step = async (scene) => {
  const { page, t } = scene;
  await openSecurity()(scene);
  await page.getByLabel(t('security.autoLock.minutes')).fill('30');
  await page.getByRole('button', { name: t('security.autoLock.save') }).click();
  await page.getByRole('dialog').waitFor();
};

const makeNewCodes: Step = async ({ page, t }) => {
  await page.getByRole('button', { name: t('security.recovery.regenerate') }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('security.pinField')).fill(TEST_PIN);
  await dialog.getByRole('button', { name: t('security.recovery.regenerateSubmit') }).click();
  await page.getByRole('list').last().waitFor({ timeout: PIN_TIMEOUT });
};

const atPinStep: Step = ({ page }) => passLanguageAndProfile(page);
const weakPin: Step = async ({ page, t }) => {
  await page.getByLabel(t('lock.setup.pin')).fill('123456');
  await page.getByLabel(t('lock.setup.pinAgain')).focus();
};
const codesShown: Step = async ({ page }) => {
  await createPin(page);
};
const continueUnticked: Step = ({ page, t }) =>
  page.getByRole('button', { name: t('lock.codes.continue') }).click();

const typeTwoDigits: Step = ({ page, t }) =>
  page.getByLabel(t('lock.locked.pinLabel')).pressSequentially('25');
const unlockAgain: Step = ({ page }) => unlock(page);

/** First run's PIN and codes, the lock screen, the PIN reset, and every Security tab. */
export const securityShots: readonly Shot[] = [
  ...variants(
    { name: 'first-run-pin', start: 'first-run', steps: inOrder(atPinStep, pause) },
    { language: 'en', steps: inOrder(atPinStep, weakPin, pause) },
    { language: 'zh-CN' },
    { language: 'en', name: 'recovery-codes', steps: inOrder(atPinStep, codesShown, pause) },
    {
      language: 'zh-CN',
      name: 'recovery-codes',
      steps: inOrder(atPinStep, codesShown, continueUnticked, pause),
    },
    { language: 'en', name: 'recover-wait-started', steps: inOrder(startThreeDayWait, pause) },
  ),
  ...variants(
    { name: 'lock', start: 'set-up', steps: inOrder(lock, pause) },
    { language: 'en', steps: inOrder(lock, wrongPin, pause) },
    { language: 'zh-CN' },
    { language: 'en', dark: true, steps: inOrder(lock, typeTwoDigits, pause) },
    { language: 'zh-CN', name: 'lock-paused', steps: inOrder(lock, fiveWrongPins, pause) },
    { language: 'en', name: 'recover', steps: inOrder(lock, forgotPin, pause) },
    {
      language: 'zh-CN',
      name: 'recover-identity',
      steps: inOrder(verified('王芳'), lock, forgotPin, resetWithName, pause),
    },
  ),
  ...inBoth({ name: 'security', start: 'set-up', steps: openSecurity() }),
  ...variants(
    { name: 'security', start: 'set-up', steps: openSecurity('security.tabs.identity') },
    { language: 'en', dark: true },
    { language: 'zh-CN', name: 'security-narrow', width: 760, steps: openSecurity() },
    { language: 'en', name: 'security-2fa-tab', steps: openSecurity('security.tabs.twoFactor') },
    { language: 'en', name: 'security-2fa-enrol', steps: inOrder(enrolTwoFactor, pause) },
    { language: 'en', name: 'security-2fa-begin', steps: inOrder(askToSetUpTwoFactor, pause) },
    { language: 'zh-CN', name: 'security-lock-later', steps: inOrder(askToLockLater, pause) },
    {
      language: 'zh-CN',
      name: 'security-2fa-on',
      steps: inOrder(enrolTwoFactor, confirmTwoFactor, pause),
    },
    {
      language: 'zh-CN',
      name: 'security-new-codes',
      steps: inOrder(openSecurity('security.tabs.twoFactor'), makeNewCodes, pause),
    },
    {
      language: 'zh-CN',
      name: 'security-identity',
      // One digit off: the check character no longer matches.
      steps: inOrder(verifyIdentity('王芳', '110105194912310021'), pause),
    },
    {
      language: 'en',
      name: 'security-verified',
      steps: inOrder(verified('Wang Fang'), raiseDailyLimit, pause),
    },
    { language: 'zh-CN', name: 'security-alerts', steps: openSecurity('security.tabs.alerts') },
    {
      language: 'en',
      name: 'security-log',
      steps: inOrder(lock, wrongPin, unlockAgain, openSecurity('security.tabs.log')),
    },
  ),
];
