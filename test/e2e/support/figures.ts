import type { Locator, Page } from '@playwright/test';

/** Where the screens show the month's figures, to compare them the way a person reads them. */

/** One figure of History's totals bar, by its label ("Spent (CNY)"). */
export function historyFigure(page: Page, label: string): Locator {
  return page
    .locator('.purse-history-totals')
    .first()
    .getByText(label, { exact: true })
    .locator('xpath=following-sibling::dd[1]');
}

/** One of Analytics' totals for the period, by its label ("Spending"). */
export function analyticsTotal(page: Page, label: string): Locator {
  return page
    .getByRole('list', { name: 'Totals for the period' })
    .getByRole('listitem')
    .filter({ has: page.getByText(label, { exact: true }) });
}
