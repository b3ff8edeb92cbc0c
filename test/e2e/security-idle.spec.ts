import { expect, test } from './support/fixtures';
import { addAccount, nav, openPurse } from './support/purse';
import { lockHeading, unlock } from './support/security';

test('after the idle timeout Purse locks itself, without a click, and the log says so', async ({
  page,
}) => {
  await page.clock.install();
  await openPurse(page);
  await addAccount(page, { name: 'Holiday fund', balance: '300' });

  // Five quiet minutes (the default) and a little more: the status poll finds it locked.
  await page.clock.fastForward('05:30');
  await page.clock.fastForward('00:25');
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Holiday fund');

  await unlock(page);
  await nav(page, 'Security').click();
  await page.getByRole('tab', { name: 'Security log' }).click();
  const log = page
    .locator('.ant-card')
    .filter({ has: page.getByRole('heading', { name: 'Security log' }) });
  await expect(log).toContainText('Purse locked itself after a while without activity');

  // A shorter timeout applies from then on.
  await page.getByRole('tab', { name: 'PIN and lock' }).click();
  await page.getByLabel('Lock after').fill('1');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Purse now locks after 1 minute without activity.')).toBeVisible();
  await expect(page.getByText('After 1 minute without activity', { exact: true })).toBeVisible();
  await page.clock.fastForward('01:30');
  await page.clock.fastForward('00:25');
  await expect(lockHeading(page)).toBeVisible();
});
