import type { BillNotice } from '../../shared/bills';
import type { LedgerApi } from '../../shared/contract';
import type { LedgerInternalApi } from '../../shared/ledger-internal';
import { billMessage, langOf, type Notifier } from './notifications';

export interface BillSchedulerDeps {
  readonly ledger: LedgerApi;
  readonly internal: LedgerInternalApi;
  readonly notifier: Notifier;
  readonly systemLocale: string;
  /** Opens the bill in the UI when its notification is clicked. */
  readonly openBill?: (billId: string) => void;
}

/**
 * One pass of the bill scheduler: asks the ledger what is due by `now` (each reminder and
 * autopay comes back once, ever) and turns it into OS notifications in the person's language.
 * Main runs it at start — so reminders missed while Purse was off arrive then — and every minute.
 */
export async function runBillScheduler(
  deps: BillSchedulerDeps,
  now: number,
): Promise<BillNotice[]> {
  const notices = await deps.internal['bills.runDue']({ now });
  if (notices.length === 0) return notices;
  const settings = await deps.ledger['settings.get'](undefined);
  const lang = langOf(settings.locale === 'system' ? deps.systemLocale : settings.locale);
  for (const notice of notices) {
    deps.notifier.notify({
      ...billMessage(notice, lang),
      tag: `${notice.billId}|${notice.dueDate}|${notice.kind}`,
      ...(deps.openBill ? { onClick: () => deps.openBill?.(notice.billId) } : {}),
    });
  }
  return notices;
}
