import type { CurrencyCode } from '../shared/currencies';
import type { LedgerApi, LedgerInternalApi } from '../shared/contract';
import { budgetMessage, langOf, type Notifier } from './notifications';

export interface BudgetAlertDeps {
  readonly ledger: LedgerApi;
  readonly internal: LedgerInternalApi;
  readonly notifier: Notifier;
  readonly systemLocale: string;
}

/** After spending lands: tells the person once when a budget passes 80% and once at 100%. */
export async function announceBudgetAlerts(
  deps: BudgetAlertDeps,
  month: string,
  currency: CurrencyCode,
): Promise<void> {
  const alerts = await deps.internal['budgets.alerts']({ month, currency });
  if (alerts.length === 0) return;
  const [settings, categories] = await Promise.all([
    deps.ledger['settings.get'](undefined),
    deps.ledger['categories.list']({ includeArchived: true }),
  ]);
  const lang = langOf(settings.locale === 'system' ? deps.systemLocale : settings.locale);
  for (const alert of alerts) {
    const category = categories.find((c) => c.id === alert.categoryId);
    const name = category ? category.name[lang] : '';
    deps.notifier.notify({
      ...budgetMessage(alert, name, lang),
      tag: `budget|${alert.categoryId}|${month}|${alert.threshold}`,
    });
  }
}
