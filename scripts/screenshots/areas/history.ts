import type { PurseApi } from '../../../src/shared/purse-api';
import { choose } from '../../../test/e2e/support/purse';
import { purseIn } from '../../../test/e2e/support/purse-calls';
import { TEST_PIN } from '../../../test/e2e/support/security';
import { uiPattern } from '../../../test/e2e/support/ui-text';
import { show, showScreen } from '../screen';
import { twoMonthsOfSpending } from '../seeds/two-months-of-spending';
import { inBoth, variants, type Scene, type Shot } from '../shot';

const PASSPHRASE = 'blue kettle under the stairs';

/** Three goals: one on a whole account, two envelopes in another, one of them behind. */
async function savingGoals({ page, t }: Scene): Promise<void> {
  const purse = purseIn(page);
  const accounts = await purse.accounts.list({});
  const [first, second] = [...accounts].sort((a, b) => b.balance - a.balance);
  const year = Date.now() + 365 * 86_400_000;
  await purse.goals.save({
    name: t('goals.namePlaceholder'),
    accountId: first!.id,
    target: 5_000_000,
    targetDate: year,
  });
  await purse.goals.save({
    name: 'Bike',
    accountId: second!.id,
    target: 300_000,
    targetDate: Date.now() + 120 * 86_400_000,
    tag: 'bike',
  });
  await showScreen(page, '#/goals');
  await page.waitForTimeout(600);
}

/** Two rules saved, then a third written and previewed on the last 12 months. */
async function writingRule({ page, t }: Scene): Promise<void> {
  const purse = purseIn(page);
  const categories = await purse.categories.list({});
  const byBuiltin = (builtin: string) => categories.find((c) => c.builtin === builtin)!.id;
  await purse.rules.save({
    name: t('rules.namePlaceholder'),
    enabled: true,
    conditions: [{ field: 'memo', op: 'contains', values: ['taxi'] }],
    actions: [
      { set: 'category', categoryId: byBuiltin('transport') },
      { set: 'tags', tags: ['commute'] },
    ],
  });
  await purse.rules.save({
    name: 'Big shops',
    enabled: false,
    conditions: [{ field: 'amount', min: 50_000 }],
    actions: [
      {
        set: 'split',
        lines: [
          { categoryId: byBuiltin('shopping'), share: 7_000 },
          { categoryId: byBuiltin('food'), share: 3_000 },
        ],
      },
    ],
  });
  await showScreen(page, '#/rules');
  await page
    .getByRole('button', { name: t('rules.add') })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  const merchants = await purse.counterparties.list({ kind: 'merchant' });
  const market = merchants[1]?.name ?? merchants[0]!.name;
  await dialog.getByLabel(t('rules.name')).fill(market);
  await dialog.getByLabel(t('rules.value'), { exact: true }).fill(market);
  await choose(dialog, page, t('rules.category'), t('categories.shopping'));
  await dialog.getByRole('button', { name: t('rules.previewButton') }).click();
  await dialog.getByTestId('rule-preview').waitFor();
  await page.waitForTimeout(600);
}

async function openTransaction({ page }: Scene): Promise<void> {
  await showScreen(page, '#/history');
  await page.locator('.purse-history-open').nth(3).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(900);
}

/** A transaction corrected twice, tagged, scrolled to its history of changes. */
async function editedTransaction(scene: Scene): Promise<void> {
  const { page, t } = scene;
  await openTransaction(scene);
  const drawer = page.getByRole('dialog');
  const amount = drawer.getByLabel(t('transactions.amount')).first();
  await amount.fill('18.80');
  await drawer.getByRole('button', { name: t('history.detail.save') }).click();
  await drawer.getByText(t('history.detail.edited'), { exact: true }).first().waitFor();
  const tags = drawer.getByRole('combobox', { name: t('history.detail.tags') });
  await tags.click();
  await tags.pressSequentially('kyoto ');
  await drawer.getByLabel(t('history.detail.memo')).fill(t('history.detail.tagsPlaceholder'));
  await drawer.getByRole('button', { name: t('history.detail.save') }).click();
  await drawer.getByRole('heading', { name: t('history.changes.title') }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(900);
}

/** An expense being split in the drawer: two lines, what is left to split below them. */
async function splitInDrawer(scene: Scene): Promise<void> {
  const { page, t } = scene;
  await showScreen(page, '#/history?kinds=expense');
  await page.locator('.purse-history-open').first().click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: t('splits.split') }).click();
  await drawer.getByLabel(t('splits.amount', { n: 1 })).fill('10');
  await drawer.getByLabel(t('splits.memo', { n: 1 })).fill(t('splits.memoPlaceholder'));
  await drawer.getByRole('group', { name: t('splits.title') }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(900);
}

/** Three rows ticked, the bulk bar above the list. */
async function bulkTicked({ page }: Scene): Promise<void> {
  await showScreen(page, '#/history');
  for (const index of [1, 2, 4]) await page.getByRole('checkbox').nth(index).check();
  await page.waitForTimeout(600);
}

/** The export dialog with its progress bar, each chunk held back a minute so it shows. */
async function exportInProgress({ page, t }: Scene): Promise<void> {
  await showScreen(page, '#/history');
  await page.evaluate(() => {
    const purse = (globalThis as unknown as { purse: PurseApi }).purse;
    const statements = purse.statements as { exportNext: PurseApi['statements']['exportNext'] };
    const exportNext = statements.exportNext.bind(statements);
    statements.exportNext = async (input) => {
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      return exportNext(input);
    };
  });
  await page.getByRole('button', { name: t('history.export.open') }).click();
  await page.getByRole('button', { name: t('history.export.start') }).click();
  await page.getByRole('progressbar').waitFor();
  await page.waitForTimeout(600);
}

/** Back up with the passphrase typed twice, differently. */
async function backUpMismatch({ page, t }: Scene): Promise<void> {
  await showScreen(page, '#/settings');
  await page.getByLabel(t('backup.passphrase')).first().fill('blue kettle');
  const again = page.getByLabel(t('backup.create.again'));
  await again.fill('blue kettle under');
  await again.blur();
  await page.waitForTimeout(600);
}

/** Restore, past checking a backup made a moment ago: what the file holds. */
async function checkBackup({ page, t }: Scene): Promise<void> {
  await showScreen(page, '#/settings');
  const backup = await purseIn(page).backups.create({
    passphrase: PASSPHRASE,
    auth: { pin: TEST_PIN },
  });
  await page.locator('input[type=file]').setInputFiles({
    name: 'purse-backup.purse',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.file),
  });
  await page.getByLabel(t('backup.passphrase')).last().fill(PASSPHRASE);
  await page.getByRole('button', { name: t('backup.restore.check') }).click();
  await page
    .getByRole('heading', { name: uiPattern('backup.restore.holds') })
    .waitFor({ timeout: 60_000 });
  await page.waitForTimeout(600);
}

const seeded = { start: twoMonthsOfSpending, width: 1360 } as const;

/** History (list, filtered, empty, a detail, export progress), and backup and restore. */
export const historyShots: readonly Shot[] = [
  ...inBoth({ ...seeded, name: 'history', steps: show('#/history') }),
  { ...seeded, name: 'history-empty', language: 'en', start: 'set-up', steps: show('#/history') },
  ...variants(
    { ...seeded, name: 'history-filtered', steps: show('#/history?kinds=expense&q=team') },
    { language: 'en' },
    { language: 'zh-CN', steps: show('#/history?kinds=expense&q=聚餐&min=5000') },
  ),
  ...inBoth({ ...seeded, name: 'history-detail', steps: openTransaction }),
  ...inBoth({ ...seeded, name: 'history-edited', steps: editedTransaction }),
  ...inBoth({ ...seeded, name: 'history-bulk', steps: bulkTicked }),
  ...inBoth({ ...seeded, name: 'history-split', steps: splitInDrawer }),
  ...inBoth({ ...seeded, name: 'rules', steps: writingRule }),
  ...inBoth({ ...seeded, name: 'goals', steps: savingGoals }),
  ...inBoth({ ...seeded, name: 'history-export', steps: exportInProgress }),
  ...inBoth({ ...seeded, name: 'backup', steps: backUpMismatch }),
  ...inBoth({ ...seeded, name: 'restore', steps: checkBackup }),
];
