import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  electronNotifier,
  MAX_HELD_NOTIFICATIONS,
} from '../../../../src/main/notifications/electron-notifier';

/** Electron's Notification as far as Purse sees it: an emitter the OS later fires. */
class OsNotification extends EventEmitter {
  static supported = true;
  static shown: OsNotification[] = [];
  static isSupported() {
    return OsNotification.supported;
  }
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show() {
    OsNotification.shown.push(this);
  }
}

beforeEach(() => {
  OsNotification.supported = true;
  OsNotification.shown = [];
});

describe('electronNotifier', () => {
  it('shows an OS notification from main, and nothing where the OS has none', () => {
    electronNotifier(OsNotification).notify({
      title: 'Payment complete',
      body: '¥19.90 to Luckin',
    });
    expect(OsNotification.shown.map((shown) => shown.options)).toEqual([
      { title: 'Payment complete', body: '¥19.90 to Luckin' },
    ]);
    OsNotification.supported = false;
    electronNotifier(OsNotification).notify({ title: 'x', body: 'y' });
    expect(OsNotification.shown).toHaveLength(1);
  });

  it('holds each notification until it is clicked, so a late click still opens the bill', () => {
    const notifier = electronNotifier(OsNotification);
    let opened = 0;
    notifier.notify({ title: 'Rent is due', body: '¥4,500.00', onClick: () => (opened += 1) });
    expect(notifier.held()).toBe(1);
    OsNotification.shown[0]?.emit('click');
    expect(opened).toBe(1);
    expect(notifier.held()).toBe(0);
  });

  it('lets go of a notification the person closed, or that the OS failed to show, and says why', () => {
    const warn = vi.fn();
    const notifier = electronNotifier(OsNotification, warn);
    notifier.notify({ title: 'a', body: 'a' });
    notifier.notify({ title: 'b', body: 'b' });
    OsNotification.shown[0]?.emit('close');
    OsNotification.shown[1]?.emit('failed', {}, 'Toast activator not registered');
    expect(notifier.held()).toBe(0);
    expect(warn).toHaveBeenCalledExactlyOnceWith(
      'A notification could not be shown',
      'Toast activator not registered',
    );
  });

  it('holds at most a bounded number, letting the oldest go first', () => {
    const notifier = electronNotifier(OsNotification);
    for (let i = 0; i <= MAX_HELD_NOTIFICATIONS; i += 1)
      notifier.notify({ title: `${i}`, body: '' });
    expect(notifier.held()).toBe(MAX_HELD_NOTIFICATIONS);
    OsNotification.shown.at(-1)?.emit('close');
    expect(notifier.held()).toBe(MAX_HELD_NOTIFICATIONS - 1);
  });
});
