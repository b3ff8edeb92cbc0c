import type { Notifier } from '../gateway/notifications';

/** The part of Electron's Notification class Purse uses. */
export interface NotificationClass {
  isSupported(): boolean;
  new (options: { title: string; body: string; silent?: boolean }): {
    show(): void;
    on(event: 'click', listener: () => void): void;
  };
}

/** OS notifications from the main process, so they arrive with the window closed too. */
export function electronNotifier(NotificationImpl: NotificationClass): Notifier {
  return {
    notify(message) {
      if (!NotificationImpl.isSupported()) return;
      const notification = new NotificationImpl({ title: message.title, body: message.body });
      if (message.onClick) notification.on('click', message.onClick);
      notification.show();
    },
  };
}
