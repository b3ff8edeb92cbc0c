import { describe, expect, it } from 'vitest';
import { electronNotifier } from '../../../../src/main/notifications/electron-notifier';

class Shown {
  static supported = true;
  static shown: { title: string; body: string }[] = [];
  static isSupported() {
    return Shown.supported;
  }
  static clicks: (() => void)[] = [];
  constructor(private readonly options: { title: string; body: string }) {}
  on(_event: 'click', listener: () => void) {
    Shown.clicks.push(listener);
  }
  show() {
    Shown.shown.push(this.options);
  }
}

describe('electronNotifier', () => {
  it('shows an OS notification from main, and nothing where the OS has none', () => {
    electronNotifier(Shown).notify({ title: 'Payment complete', body: '¥19.90 paid to Luckin' });
    expect(Shown.shown).toEqual([{ title: 'Payment complete', body: '¥19.90 paid to Luckin' }]);
    let opened = 0;
    electronNotifier(Shown).notify({
      title: 'Rent is due',
      body: '¥4,500.00',
      onClick: () => (opened += 1),
    });
    Shown.clicks.at(-1)?.();
    expect(opened).toBe(1);
    Shown.shown.length = 1;
    Shown.supported = false;
    electronNotifier(Shown).notify({ title: 'x', body: 'y' });
    expect(Shown.shown).toHaveLength(1);
  });
});
