import type { LedgerApi, LedgerInternalApi } from '../shared/contract';
import { runBillScheduler } from '../gateway/bill-scheduler';
import type { Notifier } from '../gateway/notifications';

/** How often the page looks for due reminders and autopay, as main does in the app. */
const EVERY_MS = 60_000;

/**
 * The browser's notifications, once the person allowed them (the Bills screen asks, from a
 * click, in dev:web only). Until then reminders are recorded as sent but not shown, as the OS
 * does with an app whose notifications are off.
 */
export const browserNotifier: Notifier = {
  notify(message) {
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const notification = new Notification(message.title, {
      body: message.body,
      ...(message.tag ? { tag: message.tag } : {}),
    });
    const { onClick } = message;
    if (onClick) {
      notification.onclick = () => {
        window.focus();
        onClick();
        notification.close();
      };
    }
  },
};

/**
 * dev:web's bill scheduler: the one main runs in the app (runBillScheduler), at start — so
 * reminders missed while the page was closed arrive then — and every minute after.
 */
export function startBillReminders(deps: {
  readonly ledger: LedgerApi;
  readonly internal: LedgerInternalApi;
}): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await runBillScheduler(
        {
          ledger: deps.ledger,
          internal: deps.internal,
          notifier: browserNotifier,
          systemLocale: navigator.language,
          openBill: (billId) => {
            window.location.hash = `#/bills/${encodeURIComponent(billId)}`;
          },
        },
        Date.now(),
      );
    } catch (thrown) {
      console.error('dev:web: the bill scheduler failed', thrown);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = window.setInterval(() => void run(), EVERY_MS);
  return () => window.clearInterval(timer);
}
