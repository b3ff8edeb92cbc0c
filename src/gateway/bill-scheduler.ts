import type { BillNotice } from '../shared/bills';
import type { LedgerApi, LedgerInternalApi } from '../shared/contract';
import { addMonths, monthKeyOf, systemTimeZone } from '../shared/dates';
import {
  billMessage,
  forecastMessage,
  goalMessage,
  langOf,
  reportMessage,
  type Notifier,
} from './notifications';

export interface BillSchedulerDeps {
  readonly ledger: LedgerApi;
  readonly internal: LedgerInternalApi;
  readonly notifier: Notifier;
  readonly systemLocale: string;
  /** Opens the bill in the UI when its notification is clicked. */
  readonly openBill?: (billId: string) => void;
  /** Opens the savings goals when a goal's notification is clicked. */
  readonly openGoals?: () => void;
  /** Opens the forecast when a warning's notification is clicked. */
  readonly openForecast?: () => void;
  /** Opens the monthly report when its notification is clicked. */
  readonly openReport?: (month: string) => void;
  /** The person's zone, for which month just ended; the system's when absent. */
  readonly timeZone?: string;
}

/**
 * On the first pass of a month, once: last month's report is ready (when it had any money
 * moving). Claimed in the ledger, so a restart does not announce it again.
 */
async function announceMonthlyReport(
  deps: BillSchedulerDeps,
  now: number,
  lang: 'zh' | 'en',
): Promise<void> {
  const month = addMonths(monthKeyOf(now, deps.timeZone ?? systemTimeZone()), -1);
  const report = await deps.ledger['reports.monthly']({ month });
  if (report.income === 0 && report.expense === 0) return;
  if (!(await deps.internal['notices.claim']({ id: `report|${month}` }))) return;
  deps.notifier.notify({
    ...reportMessage(month, lang),
    tag: `report|${month}`,
    ...(deps.openReport ? { onClick: () => deps.openReport?.(month) } : {}),
  });
}

/**
 * One pass of the scheduler: asks the ledger what is due by `now` (each reminder and
 * autopay comes back once, ever) and turns it into OS notifications in the person's language.
 * Main runs it at start — so reminders missed while Purse was off arrive then — and every minute.
 */
export async function runBillScheduler(
  deps: BillSchedulerDeps,
  now: number,
): Promise<BillNotice[]> {
  const notices = await deps.internal['bills.runDue']({ now });
  const settings = await deps.ledger['settings.get'](undefined);
  const lang = langOf(settings.locale === 'system' ? deps.systemLocale : settings.locale);
  await announceMonthlyReport(deps, now, lang);
  for (const alert of await deps.internal['goals.alerts']({ now }))
    deps.notifier.notify({
      ...goalMessage(alert, lang),
      tag: `goal|${alert.goalId}|${alert.month}`,
      ...(deps.openGoals ? { onClick: () => deps.openGoals?.() } : {}),
    });
  const accounts = new Map<string, string>();
  for (const warning of await deps.internal['forecast.warnings']({
    timeZone: deps.timeZone ?? systemTimeZone(),
  })) {
    if (accounts.size === 0)
      for (const account of await deps.ledger['accounts.list']({ includeArchived: true }))
        accounts.set(account.id, account.name);
    deps.notifier.notify({
      ...forecastMessage(warning, accounts.get(warning.accountId) ?? '', lang),
      tag: `forecast|${warning.accountId}|${warning.belowZeroOn}`,
      ...(deps.openForecast ? { onClick: () => deps.openForecast?.() } : {}),
    });
  }
  for (const notice of notices) {
    deps.notifier.notify({
      ...billMessage(notice, lang),
      tag: `${notice.billId}|${notice.dueDate}|${notice.kind}`,
      ...(deps.openBill ? { onClick: () => deps.openBill?.(notice.billId) } : {}),
    });
  }
  return notices;
}
