import { show, showScreen } from '../screen';
import { yearOfSpending } from '../seeds/year-of-spending';
import { inBoth, variants, type Shot } from '../shot';

const budgets = { name: 'budgets', start: yearOfSpending, width: 1360, steps: show('#/budgets') };
const analytics = { ...budgets, name: 'analytics', steps: show('#/analytics') };

/** Budgets, Analytics (every chart, its tables, a drill-down into History) and the monthly report. */
export const moneyViewShots: readonly Shot[] = [
  ...variants(budgets, { language: 'en' }, { language: 'zh-CN' }, { language: 'en', dark: true }),
  { ...budgets, name: 'budgets-empty', language: 'zh-CN', start: 'set-up' },
  ...variants(
    analytics,
    { language: 'en' },
    { language: 'zh-CN' },
    { language: 'zh-CN', dark: true },
    { language: 'en', name: 'analytics-empty', start: 'set-up' },
  ),
  ...inBoth({
    ...analytics,
    name: 'forecast',
    steps: async ({ page }) => {
      await showScreen(page, '#/analytics');
      await page.getByTestId('chart-forecast').scrollIntoViewIfNeeded();
      await page.waitForTimeout(900);
    },
  }),
  {
    ...analytics,
    name: 'analytics-drill-down',
    language: 'en',
    steps: async ({ page, t }) => {
      await showScreen(page, '#/analytics');
      const card = page.getByTestId('chart-spending');
      await card.getByRole('button', { name: t('analytics.chart.showTable') }).click();
      // A row, like its slice, opens History filtered to the category and the period.
      await card.getByRole('link', { name: 'Groceries' }).click();
      await page.getByRole('heading', { name: t('history.title'), level: 1 }).waitFor();
      await page.waitForTimeout(600);
    },
  },
  {
    ...analytics,
    name: 'analytics-tables',
    language: 'zh-CN',
    steps: async ({ page, t }) => {
      await showScreen(page, '#/analytics');
      const showTable = page.getByRole('button', { name: t('analytics.chart.showTable') });
      while ((await showTable.count()) > 0) await showTable.first().click();
      await page.waitForTimeout(400);
    },
  },
  ...inBoth({ ...budgets, name: 'report', steps: show('#/analytics/report') }),
];
