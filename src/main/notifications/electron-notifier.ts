import type { Notifier } from '../../gateway/notifications';

/** One notification on screen: the part of Electron's Notification Purse uses. */
export interface ShownNotification {
  show(): void;
  on(event: 'click' | 'close', listener: () => void): void;
  on(event: 'failed', listener: (event: unknown, error: string) => void): void;
}

/** The part of Electron's Notification class Purse uses. */
export interface NotificationClass {
  isSupported(): boolean;
  new (options: { title: string; body: string; silent?: boolean }): ShownNotification;
}

export interface ElectronNotifier extends Notifier {
  /** Notifications shown and not yet clicked, closed or failed: held so they can be clicked. */
  held(): number;
}

/** Enough for a week of reminders left unread; the oldest go first past it. */
export const MAX_HELD_NOTIFICATIONS = 100;

/**
 * OS notifications from the main process, so they arrive with the window closed too. Each
 * is held until it is clicked, closed or fails: a notification only a local variable points
 * to is garbage-collected, and its click then does nothing (electron#16922).
 */
export function electronNotifier(
  NotificationImpl: NotificationClass,
  warn: (message: string, detail: unknown) => void = (message, detail) =>
    console.warn(message, detail),
): ElectronNotifier {
  const held = new Set<ShownNotification>();
  return {
    held: () => held.size,
    notify(message) {
      if (!NotificationImpl.isSupported()) return;
      const notification = new NotificationImpl({ title: message.title, body: message.body });
      const release = () => held.delete(notification);
      notification.on('click', () => {
        release();
        message.onClick?.();
      });
      notification.on('close', release);
      notification.on('failed', (_event, error) => {
        release();
        warn('A notification could not be shown', error);
      });
      held.add(notification);
      if (held.size > MAX_HELD_NOTIFICATIONS) {
        const [oldest] = held;
        if (oldest) held.delete(oldest);
      }
      notification.show();
    },
  };
}
